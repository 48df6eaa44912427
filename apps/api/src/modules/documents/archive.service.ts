import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { isSponsor } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { mediaRuntime } from '../media/media-runtime';
import { ArchiveStatus, PersonalArchive } from './document.entity';
import type { DownloadPayload, PersonalArchivePayload } from './document.inputs';
import type { ConnectionArgs, ConnectionResult } from '../../graphql/connection';
import { paginate } from '../../graphql/connection';
import { documentsRuntime } from './documents-runtime';
import { GET_EXPIRES_SECONDS } from './document.service';

/** The viewer's archive being built, if any. */
function inProgress(ctx: Context): Promise<PersonalArchive | null> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'PersonalArchive');
  return qb.andWhere(`${qb.alias}.status IN ('QUEUED', 'BUILDING')`).getOne();
}

/**
 * A sponsor asks for their personal archive. While one is queued or being built, the same one is
 * returned (a unique partial index makes that hold under concurrent requests too).
 */
export async function requestPersonalArchive(ctx: Context, includePhotos = true): Promise<PersonalArchivePayload> {
  if (!isSponsor(ctx.viewer)) return { archive: null, started: false, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Only sponsors have a personal archive.')] };
  const existing = await inProgress(ctx);
  if (existing) return { archive: existing, started: false, userErrors: [] };
  const now = new Date();
  const archive = ctx.db.create(PersonalArchive, { id: randomUUID(), userId: ctx.viewer.userId, status: ArchiveStatus.QUEUED, objectKey: null, byteSize: null, letterCount: null, fileCount: null, readyAt: null, error: null, createdAt: now });
  // ON CONFLICT DO NOTHING against the partial unique index: a concurrent request's row wins.
  await ctx.db.createQueryBuilder().insert().into(PersonalArchive).values(archive).orIgnore().execute();
  const current = await inProgress(ctx);
  if (current && current.id !== archive.id) return { archive: current, started: false, userErrors: [] };
  await audit(ctx, { action: 'archive.requested', targetType: 'PersonalArchive', targetId: archive.id });
  await documentsRuntime(ctx.services).enqueueArchive(archive.id, includePhotos);
  return { archive, started: true, userErrors: [] };
}

/** The viewer's archives, newest first (only their own, by row scope). */
export function myPersonalArchives(ctx: Context, args: ConnectionArgs): Promise<ConnectionResult<PersonalArchive>> {
  return paginate(scopedQuery(ctx.db, ctx.viewer, 'PersonalArchive'), args, 'created_at', (a) => a.createdAt.toISOString(), 'DESC');
}

/** A five-minute link to a ready archive, audited; another person's archive is NOT_FOUND, one not ready a userError. */
export async function personalArchiveDownload(ctx: Context, archiveGlobalId: string): Promise<DownloadPayload> {
  const id = fromGlobalIdOfType(archiveGlobalId, 'PersonalArchive');
  const archive = id ? await ctx.loaders.byId.PersonalArchive.load(id) : null;
  if (!archive) throw notFound('No archive with this ID.');
  if (archive.status !== ArchiveStatus.READY || !archive.objectKey) {
    return { url: null, fileName: null, expiresAt: null, userErrors: [userError(UserErrorCode.INVALID, 'This archive is not ready yet.', ['input', 'archiveId'])] };
  }
  const fileName = `portal-archive-${archive.readyAt!.toISOString().slice(0, 10)}.zip`;
  const url = await mediaRuntime(ctx.services).storage.presignGet(archive.objectKey, { expiresSeconds: GET_EXPIRES_SECONDS, downloadName: fileName });
  await audit(ctx, { action: 'archive.downloaded', targetType: 'PersonalArchive', targetId: archive.id });
  return { url, fileName, expiresAt: new Date(Date.now() + GET_EXPIRES_SECONDS * 1000), userErrors: [] };
}
