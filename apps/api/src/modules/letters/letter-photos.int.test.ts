import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { startTestApi, type TestApi } from '../../test/harness';
import { mediaRuntime } from '../media/media-runtime';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../../../../packages/images/fixtures', name));
const PHOTOS = 'photos { id contentType width height url }';

describe('photos attached to a letter', () => {
  jest.setTimeout(90_000);
  let api: TestApi;
  const t: Record<string, string> = {};
  const child: Record<string, string> = {};
  let letterId: string;

  const upload = async (token: string | null, id: string, body: Buffer) => {
    const res = await fetch(`${api.url}/letters/photos?letterId=${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/octet-stream' },
      body: new Uint8Array(body),
    });
    return { status: res.status, json: (await res.json()) as any };
  };
  const photos = async (token: string) => api.gql(`query($id: ID!) { letter(id: $id) { ${PHOTOS} } }`, { id: letterId }, { token });
  const absolute = (url: string) => new URL(url, api.url).href;

  beforeAll(async () => {
    api = await startTestApi();
    for (const [k, email] of [['anna', 'anna.miller'], ['claire', 'claire.dubois'], ['kenya', 'partner.kenya'], ['reviewer', 'reviewer']]) t[k] = await api.signIn(`${email}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = c.id;
    const w = await api.gql('mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } } }', { i: { childIds: [child['KE-0001']], body: 'A photo of our dog' } }, { token: t.anna });
    letterId = w.data!.writeLetter.results[0].letter.id;
  });
  afterAll(() => api.close());

  it('stores up to 3 photos without any metadata (no GPS), and refuses a fourth with a user error', async () => {
    const withGps = fixture('gps-DSCN0010.jpg');
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a7' } }).png().toBuffer();
    for (const body of [withGps, fixture('orientation-landscape_6.jpg'), png]) {
      const r = await upload(t.anna, letterId, body);
      expect(r).toEqual({ status: 201, json: { photo: { id: expect.any(String), width: expect.any(Number), height: expect.any(Number) }, userErrors: [] } });
    }
    const fourth = await upload(t.anna, letterId, png);
    expect(fourth).toEqual({ status: 422, json: { photo: null, userErrors: [{ field: ['photo'], code: 'INVALID', message: 'A letter can have at most 3 photos.' }] } });

    const list = (await photos(t.anna)).data!.letter.photos;
    expect(list).toHaveLength(3);
    for (const p of list) {
      const res = await fetch(absolute(p.url));
      expect(res.status).toBe(200);
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: p.width, height: p.height });
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    // The photo stored sideways with EXIF orientation 6 was turned upright: width and height swap.
    const raw = await sharp(fixture('orientation-landscape_6.jpg')).metadata();
    expect(raw.orientation).toBe(6);
    expect(Math.sign(list[1].width - list[1].height)).toBe(Math.sign(raw.height - raw.width));
  });

  it('refuses other people, files that are not photos, and letters already sent', async () => {
    expect((await upload(t.claire, letterId, fixture('mobile-jolla.jpg'))).json.userErrors[0]).toMatchObject({ code: 'INVALID', message: 'No letter with this ID.' });
    expect((await upload(t.kenya, letterId, fixture('mobile-jolla.jpg'))).status).toBe(403);
    expect((await upload(null, letterId, fixture('mobile-jolla.jpg'))).status).toBe(401);
    const w = await api.gql('mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } } }', { i: { childIds: [child['KE-0002']], body: 'Hi', submit: true } }, { token: t.anna });
    const sent = w.data!.writeLetter.results[0].letter.id;
    expect((await upload(t.anna, sent, fixture('mobile-jolla.jpg'))).json.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect((await upload(t.anna, sent, Buffer.from('hello, not a photo'))).status).toBe(422);
  });

  it('shows the photos to the reviewer, to the partner only once released, and prints them in the print pack', async () => {
    expect((await photos(t.kenya)).errors![0].extensions!.code).toBe('NOT_FOUND');
    await api.gql('mutation($ids: [ID!]!) { submitLetters(input: { letterIds: $ids }) { userErrors { message } } }', { ids: [letterId] }, { token: t.anna });
    expect((await photos(t.reviewer)).data!.letter.photos).toHaveLength(3);
    expect((await photos(t.kenya)).errors![0].extensions!.code).toBe('NOT_FOUND');
    await api.gql('mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { message } } }', { id: letterId }, { token: t.reviewer });
    expect((await photos(t.kenya)).data!.letter.photos).toHaveLength(3);

    const res = await fetch(`${api.url}/letters/print-pack.pdf?ids=${encodeURIComponent(letterId)}`, { headers: { authorization: `Bearer ${t.kenya}` } });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    // The three photos, embedded as JPEG (the QR code is a PNG).
    expect(pdf.match(/\/Filter \/DCTDecode/g)).toHaveLength(3);
  });

  describe('removing photos and deleting drafts', () => {
    const REMOVE = 'mutation($id: ID!) { removeLetterPhoto(input: { photoId: $id }) { letter { id photos { id } } userErrors { field code message } } }';
    const keysOf = async (letterGlobalId: string): Promise<string[]> =>
      (await api.dataSource.query('SELECT storage_key FROM letter_attachment WHERE letter_id = $1 ORDER BY storage_key', [Buffer.from(letterGlobalId, 'base64url').toString().split(':')[1]])).map((r: { storage_key: string }) => r.storage_key);
    const stored = async (key: string) => (await mediaRuntime(api.services).storage.statObject(key)) !== null;
    const png = (color: string) => sharp({ create: { width: 200, height: 150, channels: 3, background: color } }).png().toBuffer();

    it('lets the writer remove a photo from a draft: the row and the stored file go; nobody else can', async () => {
      const w = await api.gql('mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } } }', { i: { childIds: [child['KE-0002']], body: 'Two photos' } }, { token: t.anna });
      const draft = w.data!.writeLetter.results[0].letter.id;
      for (const c of ['#a33', '#33a']) expect((await upload(t.anna, draft, await png(c))).status).toBe(201);
      const [first, second] = (await api.gql('query($id: ID!) { letter(id: $id) { photos { id } } }', { id: draft }, { token: t.anna })).data!.letter.photos;
      const keys = await keysOf(draft);
      expect(keys).toHaveLength(2);
      for (const k of keys) expect(await stored(k)).toBe(true);

      expect((await api.gql(REMOVE, { id: first.id }, { token: t.claire })).data!.removeLetterPhoto.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'photoId'] });
      expect((await api.gql(REMOVE, { id: first.id }, { token: t.kenya })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(await keysOf(draft)).toEqual(keys);

      const removed = await api.gql(REMOVE, { id: first.id }, { token: t.anna });
      expect(removed.data!.removeLetterPhoto).toEqual({ letter: { id: draft, photos: [{ id: second.id }] }, userErrors: [] });
      const left = await keysOf(draft);
      expect(left).toHaveLength(1);
      const gone = keys.filter((k) => !left.includes(k));
      expect(await stored(gone[0])).toBe(false);
      expect(await stored(left[0])).toBe(true);
      // Removing it again: it no longer exists.
      expect((await api.gql(REMOVE, { id: first.id }, { token: t.anna })).data!.removeLetterPhoto.userErrors[0].code).toBe('INVALID');

      // Deleting the draft deletes its remaining photo's file too: nothing is left behind in storage.
      const del = await api.gql('mutation($ids: [ID!]!) { deleteLetterDrafts(input: { letterIds: $ids }) { userErrors { code } } }', { ids: [draft] }, { token: t.anna });
      expect(del.data!.deleteLetterDrafts.userErrors).toEqual([]);
      expect(await keysOf(draft)).toEqual([]);
      expect(await stored(left[0])).toBe(false);
    });

    it('refuses to remove a photo once the letter is sent, and keeps the file', async () => {
      const [photo] = (await photos(t.anna)).data!.letter.photos;
      const r = await api.gql(REMOVE, { id: photo.id }, { token: t.anna });
      expect(r.data!.removeLetterPhoto).toMatchObject({ letter: null, userErrors: [{ code: 'ILLEGAL_TRANSITION', field: ['input', 'photoId'] }] });
      expect((await photos(t.anna)).data!.letter.photos).toHaveLength(3);
      for (const k of await keysOf(letterId)) expect(await stored(k)).toBe(true);
    });
  });
});
