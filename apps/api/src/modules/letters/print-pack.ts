import type { Request, Response } from 'express';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatLetterQr } from '@portal/file-matcher';
import type { AppServices } from '../../graphql/context';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { isPartner } from '../../auth/viewer';
import { createLoaders } from '../../data/loaders';
import { scopedQuery } from '../../data/scoped-query';
import { audit } from '../audit/audit.service';
import { LetterDirection, LetterStatus } from './letter-state';
import { printFont } from './fonts/print-fonts';
import { decoratePage, type Canvas } from './stationery';
import { photoForPrint, photosOf } from './letter-photos';
import { mediaRuntime } from '../media/media-runtime';

const MAX_LETTERS = 200;

/** What one letter of a print pack shows: only the child's code and first name and the sponsor's first name. */
export interface PrintPage {
  letterId: string;
  childCode: string;
  childFirstName: string;
  sponsorFirstName: string;
  body: string;
  approvedAt: Date | null;
  /** Built-in stationery drawn around every page of the letter; null or "plain" for none. */
  stationeryKey?: string | null;
  /** The letter's photos, JPEG or PNG (already stripped of metadata), printed after the text. */
  photos?: Buffer[];
}

const PHOTO_MAX_HEIGHT = 320;

/** Renders letters to a PDF, each from a new page, headed and with a QR code to match the child's reply to it. */
export async function renderPrintPack(pages: PrintPage[], opts: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', margin: 56, compress: opts.compress ?? true, info: { Title: 'Letters to print' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', printFont('regular'));
  doc.registerFont('bold', printFont('bold'));
  // Pages added by a long text are decorated too.
  let stationery: string | null = null;
  const decorate = () => decoratePage(doc as unknown as Canvas, stationery, { width: doc.page.width, height: doc.page.height, margin: doc.page.margins.left });
  doc.on('pageAdded', () => {
    decorate();
    doc.font('regular');
  });
  for (const p of pages) {
    const qr = formatLetterQr(p.letterId, p.childCode);
    const png = await QRCode.toBuffer(qr, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
    stationery = p.stationeryKey ?? null;
    doc.addPage();
    const right = doc.page.width - doc.page.margins.right;
    doc.image(png, right - 90, doc.page.margins.top, { width: 90 });
    doc.font('bold').fontSize(18).text(`${p.childCode}  ${p.childFirstName}`, doc.page.margins.left, doc.page.margins.top, { width: right - 110 - doc.page.margins.left });
    doc.font('regular').moveDown(0.3).fontSize(12).text(`From ${p.sponsorFirstName}`);
    if (p.approvedAt) doc.fontSize(9).fillColor('#555555').text(p.approvedAt.toISOString().slice(0, 10)).fillColor('black');
    // The payload in print too, for when a scan of the QR code fails.
    doc.fontSize(6).text(qr, doc.page.margins.left, doc.page.margins.top + 94, { width: right - doc.page.margins.left, align: 'right', lineBreak: false });
    doc.fontSize(12).text(p.body, doc.page.margins.left, doc.page.margins.top + 120, { width: right - doc.page.margins.left, align: 'left' });
    for (const photo of p.photos ?? []) {
      const bottom = doc.page.height - doc.page.margins.bottom;
      if (doc.y + PHOTO_MAX_HEIGHT > bottom) doc.addPage();
      doc.moveDown(0.5);
      doc.image(photo, doc.page.margins.left, doc.y, { fit: [right - doc.page.margins.left, PHOTO_MAX_HEIGHT], align: 'center' });
      doc.y += PHOTO_MAX_HEIGHT;
    }
  }
  doc.end();
  return done;
}

const fail = (res: Response, status: number, error: string, extra: Record<string, unknown> = {}) => {
  res.status(status).json({ error, ...extra });
};

/**
 * GET /letters/print-pack.pdf?ids=<letter ID>,<letter ID>… — released letters to a partner's
 * children as one PDF (Bearer token of a partner user). Every ID must be printable, or nothing is sent.
 */
export function printPackHandler(services: AppServices) {
  return async (req: Request, res: Response): Promise<void> => {
    const header = req.headers.authorization;
    const viewer = header?.startsWith('Bearer ') ? services.accessTokens.verify(header.slice(7).trim()) : null;
    if (!viewer) return fail(res, 401, 'UNAUTHENTICATED');
    if (!isPartner(viewer)) return fail(res, 403, 'FORBIDDEN');
    const ids = (typeof req.query.ids === 'string' ? req.query.ids : '').split(',').map((s) => s.trim()).filter(Boolean);
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > MAX_LETTERS) return fail(res, 400, 'BAD_USER_INPUT', { message: `Give between 1 and ${MAX_LETTERS} letter IDs in "ids".` });
    const db = services.dataSource.manager;
    const uuids = unique.map((g) => fromGlobalIdOfType(g, 'Letter'));
    const valid = uuids.filter((u): u is string => !!u);
    const qb = scopedQuery(db, viewer, 'Letter');
    const letters = valid.length
      ? await qb
          .andWhere('letter.id IN (:...ids)', { ids: valid })
          .andWhere('letter.direction = :s2c AND letter.status IN (:...printable)', {
            s2c: LetterDirection.SPONSOR_TO_CHILD,
            printable: [LetterStatus.APPROVED, LetterStatus.PRINTED],
          })
          .getMany()
      : [];
    const byId = new Map(letters.map((l) => [l.id, l]));
    const missing = unique.filter((_g, i) => !uuids[i] || !byId.has(uuids[i]!));
    if (missing.length) return fail(res, 404, 'NOT_FOUND', { message: 'Not printable: unknown, out of reach, or not released.', ids: missing });

    const loaders = createLoaders(db, viewer);
    const storage = mediaRuntime(services).storage;
    const photos = await photosOf(db, letters.map((l) => l.id));
    const pages: PrintPage[] = [];
    for (const [i, id] of uuids.entries()) {
      const l = byId.get(id!)!;
      const child = await loaders.byId.Child.load(l.childId);
      if (!child) return fail(res, 404, 'NOT_FOUND', { ids: [unique[i]] });
      const sponsorFirstName = (await loaders.sponsorFirstNameById.load(l.sponsorId)) ?? '';
      pages.push({
        letterId: l.globalId, childCode: child.code, childFirstName: child.firstName, sponsorFirstName, body: l.body, approvedAt: l.approvedAt, stationeryKey: l.stationeryKey,
        photos: await Promise.all(photos.filter((p) => p.letterId === l.id).map((p) => photoForPrint(storage, p))),
      });
    }
    const pdf = await renderPrintPack(pages);
    await audit({ db, viewer, req }, { action: 'letter.print_pack_downloaded', details: { letters: pages.length } });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="letters-${new Date().toISOString().slice(0, 10)}.pdf"`);
    res.send(pdf);
  };
}
