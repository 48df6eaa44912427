import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { formatLetterQr } from '@portal/file-matcher';
import { startTestApi, type TestApi } from '../../test/harness';
import { mediaRuntime } from '../media/media-runtime';
import { drawnText, qrCodesIn } from './print-pack.fixtures';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../../../../packages/images/fixtures', name));
const ERRORS = 'userErrors { field code message }';
const SCAN = 'scan { id ready width height pageCount url thumbnailUrl problem }';
const LETTER = `id status nextActor direction body firstReadAt inReplyTo { id } child { code } ${SCAN}`;
const CREATE = `mutation($input: UploadCreateInput!) { uploadCreate(input: $input) { upload { id purpose } url method headers ${ERRORS} } }`;
const FINALIZE = `mutation($input: UploadFinalizeInput!) { uploadFinalize(input: $input) { upload { id status } ${ERRORS} } }`;
const REPLY = `mutation($input: RecordChildReplyInput!) { recordChildReply(input: $input) { letter { ${LETTER} } ${ERRORS} } }`;
const APPROVE = `mutation($id: ID!) { approveLetter(input: { letterId: $id }) { letter { id status } ${ERRORS} } }`;
const GET = `query($id: ID!) { letter(id: $id) { ${LETTER} } }`;
const DOWNLOAD = `query($id: ID!) { letter(id: $id) { scan { downloadUrl } } }`;
const READ = `mutation($id: ID!) { markLetterRead(input: { letterId: $id }) { letter { firstReadAt } ${ERRORS} } }`;
const BULK = `results { id userError { code message } } ${ERRORS}`;

/** A phone photo of the child's reply written on the printed letter, its print-pack QR code visible; `seed` makes the bytes unique. */
async function photographedReply(payload: string, seed: number): Promise<Buffer> {
  const qr = await sharp(await QRCode.toBuffer(payload, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' })).resize({ width: 320 }).toBuffer();
  return sharp({ create: { width: 1200, height: 1600, channels: 3, background: { r: 240, g: 235, b: 220 - (seed % 20) } } })
    .composite([{ input: qr, left: 820, top: 100 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A three-page scan as a scanner app saves it, its document info naming the child; `seed` makes the bytes unique. */
async function scannedPdf(seed: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle('Letter from Amani Wanjiru, Kibera');
  doc.setAuthor('Field officer Grace');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) doc.addPage([595, 842]).drawText(`Dear sponsor, page ${n} of letter ${seed}.`, { x: 60, y: 760, size: 18, font });
  return Buffer.from(await doc.save());
}

/** Pages of a PDF, and whether any document info (title, author…) is left in it. */
async function pdfFacts(bytes: Buffer): Promise<{ pageCount: number; hasInfo: boolean }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return { pageCount: doc.getPageCount(), hasInfo: doc.context.trailerInfo.Info !== undefined };
}

describe('scanned replies: uploaded through the media pipeline, reviewed, released and read', () => {
  jest.setTimeout(120_000);
  let api: TestApi;
  const t: Record<string, string> = {};
  const child: Record<string, string> = {};
  const absolute = (url: string) => new URL(url, api.url).href;
  const drain = () => mediaRuntime(api.services).drain();

  /** The partner's upload of a scan: create (purpose LETTER_SCAN), PUT to the signed URL, finalize. */
  async function uploadScan(token: string, bytes: Buffer, purpose = 'LETTER_SCAN', contentType = 'image/jpeg'): Promise<string> {
    const fileName = contentType === 'application/pdf' ? 'reply.pdf' : 'reply.jpg';
    const created = (await api.gql(CREATE, { input: { fileName, contentType, byteSize: bytes.length, purpose } }, { token })).data!.uploadCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.upload.purpose).toBe(purpose);
    const put = await fetch(absolute(created.url), { method: created.method, headers: created.headers, body: new Uint8Array(bytes) });
    expect(put.status).toBeLessThan(300);
    expect((await api.gql(FINALIZE, { input: { uploadId: created.upload.id } }, { token })).data!.uploadFinalize.userErrors).toEqual([]);
    return created.upload.id;
  }
  const reply = async (token: string, input: Record<string, unknown>) => (await api.gql(REPLY, { input }, { token })).data!.recordChildReply;
  const audits = async (action: string, email: string, letterUuid: string) =>
    Number((await api.dataSource.query(`SELECT COUNT(*)::int AS n FROM audit_event WHERE action = $1 AND target_id = $2 AND actor_id = (SELECT id FROM "user" WHERE email = $3)`, [action, letterUuid, email]))[0].n);
  const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

  beforeAll(async () => {
    api = await startTestApi();
    for (const [k, email] of [['anna', 'anna.miller'], ['claire', 'claire.dubois'], ['kenya', 'partner.kenya'], ['uganda', 'partner.uganda'], ['reviewer', 'reviewer']]) t[k] = await api.signIn(`${email}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = c.id;
  });
  afterAll(() => api.close());

  it('round trip: written, approved, printed, delivered; the scanned reply is matched by its QR code, released, opened and downloaded by the sponsor', async () => {
    const w = await api.gql(`mutation($i: WriteLetterInput!) { writeLetter(input: $i) { results { letter { id } } ${ERRORS} } }`, { i: { childIds: [child['KE-0001']], body: 'What do you like to draw?', submit: true } }, { token: t.anna });
    const letterId = w.data!.writeLetter.results[0].letter.id;
    expect((await api.gql(APPROVE, { id: letterId }, { token: t.reviewer })).data!.approveLetter.userErrors).toEqual([]);
    const pack = await fetch(`${api.url}/letters/print-pack.pdf?ids=${encodeURIComponent(letterId)}`, { headers: { authorization: `Bearer ${t.kenya}` } });
    expect(pack.status).toBe(200);
    // The PDF carries the letter's text and a QR code that decodes to the letter.
    const pdf = Buffer.from(await pack.arrayBuffer());
    expect(drawnText(pdf)).toContain('What do you like to draw?');
    expect(qrCodesIn(pdf)).toEqual([formatLetterQr(letterId, 'KE-0001')]);
    for (const m of ['markLettersPrinted', 'markLettersDelivered']) {
      expect((await api.gql(`mutation($ids: [ID!]!) { ${m}(input: { letterIds: $ids }) { ${BULK} } }`, { ids: [letterId] }, { token: t.kenya })).data![m].userErrors).toEqual([]);
    }
    expect((await api.gql('query($id: ID!) { letter(id: $id) { timeline { label done } } }', { id: letterId }, { token: t.anna })).data!.letter.timeline.at(-1)).toMatchObject({ done: true, label: expect.stringMatching(/^Delivered to /) });

    // The partner photographs the reply: the QR code names the letter; the photo goes through the media pipeline.
    const scanBytes = await photographedReply(formatLetterQr(letterId, 'KE-0001'), 1);
    const match = await fetch(`${api.url}/letters/replies/scan-match`, { method: 'POST', headers: { authorization: `Bearer ${t.kenya}`, 'content-type': 'image/jpeg' }, body: new Uint8Array(scanBytes) });
    const matched = (await match.json()) as { via: string; inReplyToId: string; childId: string };
    expect(matched).toMatchObject({ via: 'QR', inReplyToId: letterId, childId: child['KE-0001'] });
    const uploadId = await uploadScan(t.kenya, scanBytes);
    const recorded = await reply(t.kenya, { childId: matched.childId, inReplyToId: matched.inReplyToId, scanUploadId: uploadId });
    expect(recorded.userErrors).toEqual([]);
    expect(recorded.letter).toMatchObject({ status: 'SUBMITTED', body: '', inReplyTo: { id: letterId }, scan: { ready: false, url: null } });
    const replyId = recorded.letter.id;

    // Not released while the scan is still being converted: the sponsor would get nothing to read.
    const early = await api.gql(APPROVE, { id: replyId }, { token: t.reviewer });
    expect(early.data!.approveLetter.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED', field: ['input', 'letterId'] });
    expect(await drain()).toBeGreaterThanOrEqual(1);
    // It became the letter's scan, not a photo of the child waiting in the media review queue.
    expect(await api.dataSource.query('SELECT id FROM media WHERE upload_id = $1', [uuid(uploadId)])).toEqual([]);

    // Staff see the scan to check it, then release it.
    const staffView = (await api.gql(GET, { id: replyId }, { token: t.reviewer })).data!.letter;
    expect(staffView.scan).toMatchObject({ ready: true, width: expect.any(Number), height: expect.any(Number), problem: null });
    const shown = await fetch(absolute(staffView.scan.url));
    expect(shown.status).toBe(200);
    expect(await sharp(Buffer.from(await shown.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: staffView.scan.width });
    expect((await fetch(absolute(staffView.scan.thumbnailUrl))).status).toBe(200);
    const before = Number((await api.dataSource.query(`SELECT COUNT(*)::int AS n FROM notification WHERE recipient_id = (SELECT id FROM "user" WHERE email = 'anna.miller@demo.portal')`))[0].n);
    expect((await api.gql(APPROVE, { id: replyId }, { token: t.reviewer })).data!.approveLetter).toEqual({ letter: { id: replyId, status: 'APPROVED' }, userErrors: [] });
    const after = Number((await api.dataSource.query(`SELECT COUNT(*)::int AS n FROM notification WHERE recipient_id = (SELECT id FROM "user" WHERE email = 'anna.miller@demo.portal')`))[0].n);
    expect(after).toBe(before + 1);

    // The sponsor finds it in their letters, opens it (first read recorded once) and downloads it; each access is audited.
    const list = await api.gql(`{ letters(first: 20, direction: CHILD_TO_SPONSOR) { nodes { id ${SCAN} } } }`, {}, { token: t.anna });
    const mine = list.data!.letters.nodes.find((n: { id: string }) => n.id === replyId);
    expect(mine.scan).toMatchObject({ ready: true, problem: null });
    expect((await fetch(absolute(mine.scan.url))).status).toBe(200);
    const read = await api.gql(READ, { id: replyId }, { token: t.anna });
    const firstReadAt = read.data!.markLetterRead.letter.firstReadAt;
    expect(firstReadAt).toEqual(expect.any(String));
    expect((await api.gql(READ, { id: replyId }, { token: t.anna })).data!.markLetterRead.letter.firstReadAt).toBe(firstReadAt);
    const download = (await api.gql(DOWNLOAD, { id: replyId }, { token: t.anna })).data!.letter.scan.downloadUrl;
    const file = await fetch(absolute(download));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/attachment; filename="letter-from-KE-0001-\d{4}-\d{2}-\d{2}\.webp"/);
    expect(await audits('letter.scan_viewed', 'anna.miller@demo.portal', uuid(replyId))).toBeGreaterThanOrEqual(1);
    expect(await audits('letter.scan_downloaded', 'anna.miller@demo.portal', uuid(replyId))).toBe(1);
    expect(await audits('letter.scan_viewed', 'reviewer@demo.portal', uuid(replyId))).toBe(1);

    // The partner who uploaded it sees it; another partner and another sponsor do not.
    expect((await api.gql(GET, { id: replyId }, { token: t.kenya })).data!.letter.scan.ready).toBe(true);
    for (const other of [t.uganda, t.claire]) expect((await api.gql(GET, { id: replyId }, { token: other })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('strips EXIF and GPS, and attaches a scan processed before the reply was recorded', async () => {
    // The fixture carries GPS; re-encoded with its metadata so its bytes are new to the duplicate check.
    const withGps = await sharp(fixture('gps-DSCN0010.jpg')).withMetadata().jpeg({ quality: 70 }).toBuffer();
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const uploadId = await uploadScan(t.kenya, withGps);
    await drain();
    const recorded = await reply(t.kenya, { childId: child['KE-0002'], scanUploadId: uploadId, body: 'Transcription: thank you!' });
    expect(recorded.userErrors).toEqual([]);
    expect(recorded.letter.scan).toMatchObject({ ready: true, width: expect.any(Number), height: expect.any(Number), pageCount: null });
    const stored = Buffer.from(await (await fetch(absolute(recorded.letter.scan.url))).arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
  });

  it('keeps every page of a PDF scan: the sponsor downloads the whole cleaned PDF, whichever finishes first, the job or the reply', async () => {
    const fetchPdf = async (token: string, letterId: string) => {
      const url = (await api.gql(DOWNLOAD, { id: letterId }, { token })).data!.letter.scan.downloadUrl;
      const res = await fetch(absolute(url));
      expect(res.status).toBe(200);
      return { disposition: res.headers.get('content-disposition'), bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const source = await scannedPdf(1);
    expect(await pdfFacts(source)).toEqual({ pageCount: 3, hasInfo: true });

    // Recorded while the job has not run yet: the PDF joins the reply when the job stores it.
    const uploadId = await uploadScan(t.kenya, source, 'LETTER_SCAN', 'application/pdf');
    const recorded = await reply(t.kenya, { childId: child['KE-0001'], scanUploadId: uploadId });
    expect(recorded.userErrors).toEqual([]);
    expect(recorded.letter.scan).toMatchObject({ ready: false, pageCount: null, url: null });
    const replyId = recorded.letter.id;
    expect(await drain()).toBeGreaterThanOrEqual(1);
    const staffView = (await api.gql(GET, { id: replyId }, { token: t.reviewer })).data!.letter.scan;
    expect(staffView).toMatchObject({ ready: true, pageCount: 3, problem: null });
    // The view is still page 1 as a WebP.
    expect((await sharp(Buffer.from(await (await fetch(absolute(staffView.url))).arrayBuffer())).metadata()).format).toBe('webp');
    expect((await api.gql(APPROVE, { id: replyId }, { token: t.reviewer })).data!.approveLetter.userErrors).toEqual([]);

    // The sponsor downloads all three pages, without the scanner's document info; the download is audited.
    expect((await api.gql(GET, { id: replyId }, { token: t.anna })).data!.letter.scan).toMatchObject({ ready: true, pageCount: 3 });
    const downloaded = await fetchPdf(t.anna, replyId);
    expect(downloaded.disposition).toMatch(/attachment; filename="letter-from-KE-0001-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(downloaded.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfFacts(downloaded.bytes)).toEqual({ pageCount: 3, hasInfo: false });
    expect(downloaded.bytes.includes('Amani')).toBe(false);
    expect(await audits('letter.scan_downloaded', 'anna.miller@demo.portal', uuid(replyId))).toBe(1);

    // Processed before the reply is recorded: the reply picks up the stored PDF and its page count.
    const earlyUpload = await uploadScan(t.kenya, await scannedPdf(2), 'LETTER_SCAN', 'application/pdf');
    await drain();
    const late = await reply(t.kenya, { childId: child['KE-0001'], scanUploadId: earlyUpload });
    expect(late.userErrors).toEqual([]);
    expect(late.letter.scan).toMatchObject({ ready: true, pageCount: 3 });
    expect(await pdfFacts((await fetchPdf(t.reviewer, late.letter.id)).bytes)).toEqual({ pageCount: 3, hasInfo: false });
    const [row] = await api.dataSource.query('SELECT document_key, page_count FROM letter_attachment WHERE upload_id = $1', [uuid(earlyUpload)]);
    expect(row).toEqual({ document_key: `letters/scans/${uuid(earlyUpload)}/letter.pdf`, page_count: 3 });
  });

  it('refuses a photo upload, another organization\'s scan, a scan used twice and a reply with neither text nor scan', async () => {
    const photoUpload = await uploadScan(t.kenya, await photographedReply('nothing', 2), 'CHILD_PHOTO');
    expect((await reply(t.kenya, { childId: child['KE-0001'], scanUploadId: photoUpload })).userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'scanUploadId'] });
    const ugandaScan = await uploadScan(t.uganda, await photographedReply('nothing', 3));
    expect((await reply(t.kenya, { childId: child['KE-0001'], scanUploadId: ugandaScan })).userErrors[0]).toMatchObject({ code: 'INVALID', message: 'No such upload.' });
    const scan = await uploadScan(t.kenya, await photographedReply('nothing', 4));
    expect((await reply(t.kenya, { childId: child['KE-0001'], scanUploadId: scan })).userErrors).toEqual([]);
    expect((await reply(t.kenya, { childId: child['KE-0001'], scanUploadId: scan })).userErrors[0]).toMatchObject({ code: 'ALREADY_EXISTS' });
    expect((await reply(t.kenya, { childId: child['KE-0001'] })).userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'body'] });
    const count = async () => Number((await api.dataSource.query(`SELECT COUNT(*)::int AS n FROM letter WHERE direction = 'CHILD_TO_SPONSOR'`))[0].n);
    const n = await count();
    await reply(t.kenya, { childId: child['KE-0001'], scanUploadId: photoUpload });
    expect(await count()).toBe(n);
    await drain();
  });

  it('shows staff why a refused scan cannot be released', async () => {
    const broken = Buffer.from('not a photo: the camera card was corrupted '.repeat(40));
    const uploadId = await uploadScan(t.kenya, broken);
    const recorded = await reply(t.kenya, { childId: child['KE-0003'], scanUploadId: uploadId, body: 'See the scan.' });
    expect(recorded.userErrors).toEqual([]);
    await drain();
    const seen = (await api.gql(GET, { id: recorded.letter.id }, { token: t.reviewer })).data!.letter.scan;
    expect(seen).toMatchObject({ ready: false, url: null, problem: expect.any(String) });
    expect((await api.gql(APPROVE, { id: recorded.letter.id }, { token: t.reviewer })).data!.approveLetter.userErrors[0].code).toBe('NOT_ALLOWED');
  });
});
