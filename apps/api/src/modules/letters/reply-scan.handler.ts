import express, { type Request, type Response, type Router } from 'express';
import { normalizeChildCode } from '@portal/file-matcher';
import type { AppServices } from '../../graphql/context';
import { fromGlobalIdOfType, toGlobalId } from '../../graphql/global-id';
import { isPartner, type Viewer } from '../../auth/viewer';
import { scopedQuery } from '../../data/scoped-query';
import type { EntityManager } from 'typeorm';
import { LetterDirection } from './letter-state';
import { linkReply, readReplyQr } from './reply-matching';

const SCAN_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'application/pdf'];
const MAX_SCAN_BYTES = 25 * 1024 * 1024;

/** What a scan was matched to, for the partner's reply form. */
export interface ScanMatch {
  via: 'QR' | 'CHILD_CODE' | 'NONE';
  /** The letter the reply answers (global ID), when the QR code named one the partner can reach. */
  inReplyToId: string | null;
  childId: string | null;
  childCode: string | null;
  childFirstName: string | null;
  message: string;
}

async function childByCode(db: EntityManager, viewer: Viewer, code: string | null) {
  const normal = code ? normalizeChildCode(code) : null;
  if (!normal) return null;
  const qb = scopedQuery(db, viewer, 'Child');
  return qb.andWhere(`${qb.alias}.code = :code`, { code: normal }).getOne();
}

/**
 * Matches a scanned or photographed reply: the print-pack QR code (read from images; PDFs are not
 * rasterised) names the letter it answers and so the child; else the child code given. Only letters
 * and children in the partner's own scope are ever returned. Nothing is stored.
 */
export async function matchReplyScan(db: EntityManager, viewer: Viewer, scan: Buffer, contentType: string, childCode: string | null): Promise<ScanMatch> {
  const qr = await readReplyQr(scan, contentType);
  const link = linkReply(qr, childCode);
  if (link.via === 'QR') {
    const id = fromGlobalIdOfType(link.letterId, 'Letter');
    const qb = scopedQuery(db, viewer, 'Letter');
    const letter = id ? await qb.andWhere(`${qb.alias}.id = :id AND ${qb.alias}.direction = :s2c`, { id, s2c: LetterDirection.SPONSOR_TO_CHILD }).getOne() : null;
    const child = await childByCode(db, viewer, link.childCode);
    if (letter && child && letter.childId === child.id) {
      return { via: 'QR', inReplyToId: letter.globalId, childId: toGlobalId('Child', child.id), childCode: child.code, childFirstName: child.firstName, message: `Reply to the letter to ${child.firstName} (${child.code}).` };
    }
    if (child) return { via: 'CHILD_CODE', inReplyToId: null, childId: toGlobalId('Child', child.id), childCode: child.code, childFirstName: child.firstName, message: `The QR code's letter is not one of yours; matched by the child code ${child.code}.` };
  }
  const code = link.via === 'CHILD_CODE' ? link.childCode : null;
  const child = await childByCode(db, viewer, code);
  if (child) return { via: 'CHILD_CODE', inReplyToId: null, childId: toGlobalId('Child', child.id), childCode: child.code, childFirstName: child.firstName, message: `No QR code was read; matched by the child code ${child.code}.` };
  return { via: 'NONE', inReplyToId: null, childId: null, childCode: null, childFirstName: null, message: code ? `No child of yours has the code "${code}".` : 'No print-pack QR code was found in the scan: give the child code.' };
}

/**
 * POST /letters/replies/scan-match?childCode=KE-0001 — the scan's bytes as the body (JPEG, PNG, WebP,
 * TIFF or PDF; Bearer token of a partner user). Answers which letter and child the reply belongs to.
 */
export function replyScanRouter(services: AppServices): Router {
  const router = express.Router();
  router.post('/letters/replies/scan-match', express.raw({ type: () => true, limit: MAX_SCAN_BYTES }), async (req: Request, res: Response) => {
    const header = req.headers.authorization;
    const viewer = header?.startsWith('Bearer ') ? services.accessTokens.verify(header.slice(7).trim()) : null;
    if (!viewer) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    if (!isPartner(viewer)) return void res.status(403).json({ error: 'FORBIDDEN' });
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!SCAN_TYPES.includes(contentType)) return void res.status(415).json({ error: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send a JPEG, PNG, WebP, TIFF or PDF scan.' });
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (body.length === 0) return void res.status(400).json({ error: 'BAD_USER_INPUT', message: 'The scan is empty.' });
    const childCode = typeof req.query.childCode === 'string' ? req.query.childCode : null;
    try {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await matchReplyScan(services.dataSource.manager, viewer, body, contentType, childCode));
    } catch (err) {
      // An image sharp cannot read: the partner can still give the child code.
      if (err instanceof Error && /unsupported image format|Input buffer|corrupt|VipsJpeg/i.test(err.message)) {
        return void res.status(400).json({ error: 'BAD_USER_INPUT', message: 'The scan could not be read as an image.' });
      }
      throw err;
    }
  });
  return router;
}
