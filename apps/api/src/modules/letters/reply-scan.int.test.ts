import QRCode from 'qrcode';
import sharp from 'sharp';
import { formatLetterQr } from '@portal/file-matcher';
import { startTestApi, type TestApi } from '../../test/harness';

/** A phone photo of a printed letter whose print-pack QR code carries this payload (turned 6°, blurred). */
async function photo(payload: string): Promise<Buffer> {
  const qr = await sharp(await QRCode.toBuffer(payload, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' }))
    .resize({ width: 320 })
    .rotate(6, { background: '#f4efe4' })
    .toBuffer();
  return sharp({ create: { width: 1500, height: 2000, channels: 3, background: '#efe9dc' } })
    .composite([{ input: qr, left: 1050, top: 120 }])
    .blur(1)
    .jpeg({ quality: 80 })
    .toBuffer();
}

describe('matching a scanned reply to the letter it answers', () => {
  jest.setTimeout(60_000);
  let api: TestApi;
  const t: Record<string, string> = {};
  const child: Record<string, string> = {};
  let letterId: string;

  const match = async (token: string, body: Buffer, type = 'image/jpeg', childCode?: string) => {
    const res = await fetch(`${api.url}/letters/replies/scan-match${childCode ? `?childCode=${encodeURIComponent(childCode)}` : ''}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: new Uint8Array(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    api = await startTestApi();
    for (const [k, email] of [['anna', 'anna.miller'], ['kenya', 'partner.kenya'], ['uganda', 'partner.uganda'], ['reviewer', 'reviewer']]) t[k] = await api.signIn(`${email}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = c.id;
    const written = await api.gql('mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } userErrors { message } } }', { i: { childIds: [child['KE-0001']], body: 'Hello Amani', submit: true } }, { token: t.anna });
    letterId = written.data!.writeLetter.results[0].letter.id;
    const approved = await api.gql('mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { message } } }', { id: letterId }, { token: t.reviewer });
    expect(approved.data!.approveLetter.userErrors).toEqual([]);
  });
  afterAll(() => api.close());

  it('links a photographed reply to the letter by its print-pack QR code, and the reply can then be recorded against it', async () => {
    const r = await match(t.kenya, await photo(formatLetterQr(letterId, 'KE-0001')), 'image/jpeg', 'KE-0002');
    expect(r).toEqual({ status: 200, json: { via: 'QR', inReplyToId: letterId, childId: child['KE-0001'], childCode: 'KE-0001', childFirstName: expect.any(String), message: expect.stringContaining('KE-0001') } });
    const reply = await api.gql(
      'mutation($i: RecordChildReplyInput!) { recordChildReply(input: $i) { letter { status inReplyTo { id } child { code } } userErrors { message } } }',
      { i: { childId: r.json.childId, inReplyToId: r.json.inReplyToId, body: 'Thank you for the letter!' } },
      { token: t.kenya },
    );
    expect(reply.data!.recordChildReply).toEqual({ letter: { status: 'SUBMITTED', inReplyTo: { id: letterId }, child: { code: 'KE-0001' } }, userErrors: [] });
  });

  it('falls back to the child code for PDFs and for scans without a QR code', async () => {
    const pdf = await match(t.kenya, Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'), 'application/pdf', 'ke-0002');
    expect(pdf.json).toMatchObject({ via: 'CHILD_CODE', inReplyToId: null, childId: child['KE-0002'], childCode: 'KE-0002' });
    const blank = await sharp({ create: { width: 800, height: 1000, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect((await match(t.kenya, blank, 'image/png', 'KE-0001')).json).toMatchObject({ via: 'CHILD_CODE', childCode: 'KE-0001' });
    expect((await match(t.kenya, blank, 'image/png')).json).toMatchObject({ via: 'NONE', childId: null, message: expect.stringContaining('child code') });
  });

  it("never reveals another partner's letter or child", async () => {
    // Uganda's partner scans a Kenyan letter: neither the letter nor the child is theirs.
    const r = await match(t.uganda, await photo(formatLetterQr(letterId, 'KE-0001')));
    expect(r.json).toMatchObject({ via: 'NONE', inReplyToId: null, childId: null });
    expect((await match(t.uganda, Buffer.from('%PDF-1.7'), 'application/pdf', 'KE-0001')).json).toMatchObject({ via: 'NONE', childId: null });
  });

  it('refuses sponsors, anonymous callers, other file types and unreadable images', async () => {
    const scan = Buffer.from('%PDF-1.7');
    expect((await match(t.anna, scan, 'application/pdf')).status).toBe(403);
    const anonymous = await fetch(`${api.url}/letters/replies/scan-match`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(scan) });
    expect(anonymous.status).toBe(401);
    expect((await match(t.kenya, scan, 'text/plain')).status).toBe(415);
    expect((await match(t.kenya, Buffer.from('not an image at all'), 'image/jpeg')).status).toBe(400);
  });
});
