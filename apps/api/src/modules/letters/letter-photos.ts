import express, { type Request, type Response, type Router } from 'express';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import { convertPhoto, IMAGE_LIMITS, UnsupportedMediaError } from '@portal/images';
import type { ObjectStorage } from '@portal/storage';
import type { AppServices, Context } from '../../graphql/context';
import { fromGlobalIdOfType, toGlobalId } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { isSponsor, type Viewer } from '../../auth/viewer';
import { scopedQuery } from '../../data/scoped-query';
import { mediaRuntime } from '../media/media-runtime';
import { LetterAttachment, LetterAttachmentKind } from './letter-photo.entity';
import { LetterAction, LetterActor, LetterDirection, transition } from './letter-state';
import { ILLEGAL_TRANSITION, loadLetter } from './letter-transitions';
import type { LetterPayload } from './letter.types';

export const MAX_PHOTOS = 3;

export interface AddPhotoResult {
  photo: LetterAttachment | null;
  userErrors: UserError[];
}

/** The photos of some letters, oldest first (rows only: the caller has already checked the letters' scope). */
export function photosOf(db: EntityManager, letterIds: string[]): Promise<LetterAttachment[]> {
  if (letterIds.length === 0) return Promise.resolve([]);
  return db.getRepository(LetterAttachment).createQueryBuilder('p').where('p.letter_id IN (:...ids) AND p.kind = :photo', { ids: letterIds, photo: LetterAttachmentKind.PHOTO }).orderBy('p.created_at', 'ASC').addOrderBy('p.id').getMany();
}

/**
 * A sponsor attaches a photo to their letter while it can still be edited: converted upright to WebP
 * without any metadata (EXIF, GPS, XMP) before it is stored; a fourth photo is refused.
 */
export async function addLetterPhoto(db: EntityManager, storage: ObjectStorage, viewer: Viewer, letterGlobalId: string, bytes: Buffer): Promise<AddPhotoResult> {
  const fail = (code: UserErrorCode, message: string, field = 'photo'): AddPhotoResult => ({ photo: null, userErrors: [userError(code, message, [field])] });
  const id = fromGlobalIdOfType(letterGlobalId, 'Letter');
  const qb = scopedQuery(db, viewer, 'Letter');
  const letter = id ? await qb.andWhere(`${qb.alias}.id = :id`, { id }).getOne() : null;
  if (!letter || letter.direction !== LetterDirection.SPONSOR_TO_CHILD || letter.authorId !== viewer.userId) return fail(UserErrorCode.INVALID, 'No letter with this ID.', 'letterId');
  const t = transition(letter, { action: LetterAction.EDIT, role: LetterActor.SPONSOR });
  if (!t.ok) return fail(UserErrorCode.ILLEGAL_TRANSITION, 'Photos can only be added while the letter is a draft or sent back for changes.', 'letterId');
  const count = await db.getRepository(LetterAttachment).count({ where: { letterId: letter.id, kind: LetterAttachmentKind.PHOTO } });
  if (count >= MAX_PHOTOS) return fail(UserErrorCode.INVALID, `A letter can have at most ${MAX_PHOTOS} photos.`);
  let converted;
  try {
    converted = await convertPhoto(bytes);
  } catch (err) {
    if (err instanceof UnsupportedMediaError) return fail(UserErrorCode.INVALID, err.message);
    throw err;
  }
  const photo = db.create(LetterAttachment, { id: randomUUID(), letterId: letter.id, kind: LetterAttachmentKind.PHOTO, uploadId: null, thumbnailKey: null, contentType: 'image/webp', width: converted.display.width, height: converted.display.height, byteSize: converted.display.bytes });
  photo.storageKey = `letters/${letter.id}/photos/${photo.id}.webp`;
  await storage.putObject(photo.storageKey, converted.display.data, { contentType: 'image/webp', size: converted.display.bytes });
  await db.save(photo);
  return { photo, userErrors: [] };
}

/**
 * The writer removes a photo from a letter they can still edit: the row and its stored file go. Another
 * person's photo, or one of a letter already sent, is a userError and nothing changes.
 */
export async function removeLetterPhoto(ctx: Context, photoGlobalId: string): Promise<LetterPayload> {
  const field = ['input', 'photoId'];
  const id = fromGlobalIdOfType(photoGlobalId, 'LetterAttachment');
  const photo = id ? await ctx.db.getRepository(LetterAttachment).findOneBy({ id, kind: LetterAttachmentKind.PHOTO }) : null;
  // The letter is read through the viewer's scope: a photo of a letter out of reach is "no such photo".
  const letter = photo ? await loadLetter(ctx, toGlobalId('Letter', photo.letterId)) : null;
  if (!photo || !letter || letter.authorId !== ctx.viewer?.userId) return { letter: null, userErrors: [userError(UserErrorCode.INVALID, 'No photo with this ID.', field)] };
  const t = transition(letter, { action: LetterAction.EDIT, role: LetterActor.SPONSOR });
  if (!t.ok) return { letter: null, userErrors: [userError(ILLEGAL_TRANSITION, 'Photos can only be removed while the letter is a draft or sent back for changes.', field)] };
  await ctx.db.getRepository(LetterAttachment).delete({ id: photo.id });
  await deleteFiles(mediaRuntime(ctx.services).storage, [photo]);
  return { letter, userErrors: [] };
}

/** Deletes the stored files of attachments whose rows are gone (no orphaned files in storage). */
export async function deleteFiles(storage: ObjectStorage, attachments: Array<Pick<LetterAttachment, 'storageKey' | 'thumbnailKey'> & Partial<Pick<LetterAttachment, 'documentKey'>>>): Promise<void> {
  for (const a of attachments) {
    await storage.deleteObject(a.storageKey);
    if (a.thumbnailKey) await storage.deleteObject(a.thumbnailKey);
    if (a.documentKey) await storage.deleteObject(a.documentKey);
  }
}

/** A photo's bytes as JPEG, for the print pack (pdfkit embeds JPEG and PNG only). */
export async function photoForPrint(storage: ObjectStorage, photo: LetterAttachment): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await storage.getObject(photo.storageKey)) chunks.push(Buffer.from(chunk as Buffer));
  return sharp(Buffer.concat(chunks)).jpeg({ quality: 85 }).toBuffer();
}

/**
 * POST /letters/photos?letterId=<letter ID> — the photo's bytes as the body (never through GraphQL;
 * Bearer token of the sponsor who writes the letter). 201 with the photo, or 422 with `userErrors`.
 */
export function letterPhotoRouter(services: AppServices): Router {
  const router = express.Router();
  router.post('/letters/photos', express.raw({ type: () => true, limit: IMAGE_LIMITS.maxInputBytes }), async (req: Request, res: Response) => {
    const header = req.headers.authorization;
    const viewer = header?.startsWith('Bearer ') ? services.accessTokens.verify(header.slice(7).trim()) : null;
    if (!viewer) return void res.status(401).json({ error: 'UNAUTHENTICATED' });
    if (!isSponsor(viewer)) return void res.status(403).json({ error: 'FORBIDDEN' });
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (body.length === 0) return void res.status(422).json({ photo: null, userErrors: [userError(UserErrorCode.REQUIRED, 'Choose a photo.', ['photo'])] });
    const letterId = typeof req.query.letterId === 'string' ? req.query.letterId : '';
    const result = await addLetterPhoto(services.dataSource.manager, mediaRuntime(services).storage, viewer, letterId, body);
    res.setHeader('Cache-Control', 'no-store');
    if (!result.photo) return void res.status(422).json(result);
    res.status(201).json({ photo: { id: result.photo.globalId, width: result.photo.width, height: result.photo.height }, userErrors: [] });
  });
  return router;
}
