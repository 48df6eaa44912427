import { PDFDocument } from 'pdf-lib';
import yauzl from 'yauzl';
import { startTestApi, type TestApi } from '../../test/harness';
import { startCapturedMail, type CapturedMail } from '../../test/captured-mail';
import { mediaRuntime } from '../media/media-runtime';
import { mediaOf, uniquePhoto, uploadAs } from '../media/feed.fixtures';
import { documentsRuntime } from './documents-runtime';

const uuid = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1];
const ARCHIVE = 'id status letterCount fileCount readyAt error';
const REQUEST = `mutation { requestPersonalArchive(input: {}) { started archive { ${ARCHIVE} } userErrors { code } } }`;
const MINE = `{ myPersonalArchives(first: 10) { nodes { ${ARCHIVE} } } }`;
const DOWNLOAD = `mutation($id: ID!) { personalArchiveDownload(input: { archiveId: $id }) { url fileName expiresAt userErrors { field code message } } }`;

/** Every entry of a ZIP: name → content. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('personal archive', () => {
  let api: TestApi;
  let mail: CapturedMail;
  const t: Record<string, string> = {};
  const child: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const who of ['james.okoro', 'anna.miller', 'partner.kenya', 'reviewer']) t[who.split('.')[who.startsWith('partner') ? 1 : 0]] = await api.signIn(`${who}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = c.id;
    await api.dataSource.query('DELETE FROM personal_archive');
    mail = await startCapturedMail(api);
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await mail.stop();
  });

  it('builds one ZIP of the sponsor\'s letters (both ways) and released photos in the background, once at a time', async () => {
    // A letter from James, released and answered by the child; a photo of the child released by staff.
    const w = await api.gql(`mutation($input: WriteLetterInput!) { writeLetter(input: $input) { results { letter { id } } userErrors { code } } }`,
      { input: { childIds: [child['KE-0004']], body: 'Dear friend, how is school?', submit: true } }, { token: t.james });
    const letterId = w.data!.writeLetter.results[0].letter.id;
    expect((await api.gql(`mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { code } } }`, { id: letterId }, { token: t.reviewer })).data!.approveLetter.userErrors).toEqual([]);
    const reply = await api.gql(`mutation($input: RecordChildReplyInput!) { recordChildReply(input: $input) { letter { id } userErrors { code } } }`,
      { input: { childId: child['KE-0004'], body: 'School is good. I like maths.', inReplyToId: letterId } }, { token: t.kenya });
    const replyId = reply.data!.recordChildReply.letter.id;
    await api.gql(`mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { code } } }`, { id: replyId }, { token: t.reviewer });
    const uploadId = await uploadAs(api, t.kenya, 'KE-0004 archive.jpg', uniquePhoto());
    await mediaRuntime(api.services).drain();
    const mediaId = await mediaOf(api, t.kenya, uploadId);
    await api.gql(`mutation($ids: [ID!]!) { mediaApprove(input: { mediaIds: $ids }) { userErrors { message } } }`, { ids: [mediaId] }, { token: t.reviewer });
    // A letter of another sponsor must not appear.
    await api.gql(`mutation($input: WriteLetterInput!) { writeLetter(input: $input) { userErrors { code } } }`, { input: { childIds: [child['KE-0001']], body: 'Anna private words', submit: true } }, { token: t.anna });

    const first = (await api.gql(REQUEST, {}, { token: t.james })).data!.requestPersonalArchive;
    expect(first).toMatchObject({ started: true, archive: { status: 'QUEUED' }, userErrors: [] });
    const second = (await api.gql(REQUEST, {}, { token: t.james })).data!.requestPersonalArchive;
    expect(second).toMatchObject({ started: false, archive: { id: first.archive.id, status: 'QUEUED' } });
    const jobs = await api.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'documents-build-archive' AND data->>'archiveId' = $1`, [uuid(first.archive.id)]);
    expect(jobs[0].n).toBe(1);
    // Not ready: no link yet.
    expect((await api.gql(DOWNLOAD, { id: first.archive.id }, { token: t.james })).data!.personalArchiveDownload).toEqual({
      url: null, fileName: null, expiresAt: null, userErrors: [{ field: ['input', 'archiveId'], code: 'INVALID', message: 'This archive is not ready yet.' }],
    });

    expect(await documentsRuntime(api.services).drain()).toBe(1);
    const [ready] = (await api.gql(MINE, {}, { token: t.james })).data!.myPersonalArchives.nodes;
    expect(ready).toMatchObject({ id: first.archive.id, status: 'READY', letterCount: expect.any(Number), error: null });

    const link = (await api.gql(DOWNLOAD, { id: ready.id }, { token: t.james })).data!.personalArchiveDownload;
    expect(link.fileName).toMatch(/^portal-archive-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await unzip(Buffer.from(await (await fetch(new URL(link.url, api.url))).arrayBuffer()));
    const names = [...zip.keys()];
    const sent = names.find((n) => /^letters\/[^/]+\/\d{4}-\d{2}-\d{2} to .+\.txt$/.test(n) && zip.get(n)!.toString().includes('Dear friend, how is school?'));
    const received = names.find((n) => / from .+\.txt$/.test(n) && zip.get(n)!.toString().includes('School is good. I like maths.'));
    expect(sent).toBeDefined();
    expect(received).toBeDefined();
    expect(zip.get(sent!)!.toString()).toMatch(/^From: James\nTo: /);
    const photos = names.filter((n) => n.startsWith('photos/'));
    expect(photos.length).toBeGreaterThanOrEqual(1);
    expect(photos.length).toBe(ready.fileCount);
    // The photo is the released WebP itself.
    expect(zip.get(photos[0])!.subarray(8, 12).toString()).toBe('WEBP');
    expect(names.filter((n) => n.endsWith('.txt'))).toHaveLength(ready.letterCount);
    expect([...zip.values()].some((b) => b.toString().includes('Anna private words'))).toBe(false);

    // Only James reaches his archive; every link handed out is audited.
    expect((await api.gql(DOWNLOAD, { id: ready.id }, { token: t.anna })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const audited = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'archive.downloaded' AND target_id = $1`, [uuid(ready.id)]);
    expect(audited[0].n).toBe(1);
    // A new request is possible once the last one is done; this one without photos.
    const lettersOnly = (await api.gql(`mutation { requestPersonalArchive(input: { includePhotos: false }) { started archive { id } } }`, {}, { token: t.james })).data!.requestPersonalArchive;
    expect(lettersOnly.started).toBe(true);
    await documentsRuntime(api.services).drain();
    const [lettersArchive] = (await api.gql(MINE, {}, { token: t.james })).data!.myPersonalArchives.nodes;
    expect(lettersArchive).toMatchObject({ id: lettersOnly.archive.id, status: 'READY', letterCount: ready.letterCount, fileCount: 0 });
  });

  it('tells the sponsor by notification and by email, with the link to their documents', async () => {
    const nodes = (await api.gql('{ myNotifications(first: 10) { nodes { type title itemRoute } } }', {}, { token: t.james })).data!.myNotifications.nodes;
    expect(nodes.filter((n: any) => n.type === 'ARCHIVE_READY')).toHaveLength(2);
    expect(nodes[0]).toMatchObject({ type: 'ARCHIVE_READY', title: 'Your personal archive is ready', itemRoute: '/sponsor/documents' });
    await mail.sendHeldBack();
    const mails = await mail.capture.store.list({ to: 'james.okoro@demo.portal' });
    const archiveMails = mails.filter((m) => m.subject === 'Your personal archive is ready');
    expect(archiveMails.length).toBeGreaterThanOrEqual(1);
    expect(archiveMails[0].text).toContain('/sponsor/documents');
  });

  it('holds every page of a child\'s letter that was scanned as a PDF', async () => {
    const doc = await PDFDocument.create();
    for (let n = 1; n <= 3; n++) doc.addPage([595, 842]);
    const pdf = Buffer.from(await doc.save());
    const scanId = await uploadAs(api, t.kenya, 'reply KE-0004.pdf', pdf, { contentType: 'application/pdf', purpose: 'LETTER_SCAN' });
    await mediaRuntime(api.services).drain();
    const reply = await api.gql(`mutation($input: RecordChildReplyInput!) { recordChildReply(input: $input) { letter { id } userErrors { message } } }`,
      { input: { childId: child['KE-0004'], scanUploadId: scanId } }, { token: t.kenya });
    expect(reply.data!.recordChildReply.userErrors).toEqual([]);
    const released = await api.gql(`mutation($id: ID!) { approveLetter(input: { letterId: $id }) { userErrors { message } } }`, { id: reply.data!.recordChildReply.letter.id }, { token: t.reviewer });
    expect(released.data!.approveLetter.userErrors).toEqual([]);

    const { archive } = (await api.gql(REQUEST, {}, { token: t.james })).data!.requestPersonalArchive;
    await documentsRuntime(api.services).drain();
    const link = (await api.gql(DOWNLOAD, { id: archive.id }, { token: t.james })).data!.personalArchiveDownload;
    const zip = await unzip(Buffer.from(await (await fetch(new URL(link.url, api.url))).arrayBuffer()));
    const letters = [...zip.keys()].filter((n) => / from .+ letter\.pdf$/.test(n));
    expect(letters).toHaveLength(1);
    expect((await PDFDocument.load(zip.get(letters[0])!)).getPageCount()).toBe(3);
  });

  it('is for sponsors only', async () => {
    expect((await api.gql(REQUEST, {}, { token: t.kenya })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(MINE, {}, { token: t.reviewer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
