import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { fromGlobalId, fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { scopedQuery } from '../../data/scoped-query';
import { isPartner, isStaff } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { mediaRuntime } from '../media/media-runtime';
import { Document, DocumentAudience, DocumentOrigin, DocumentStatus, DocumentType, DocumentVersion } from './document.entity';
import type { AddDocumentVersionInput, CreateDocumentInput, DocumentDownloadInput, DocumentFileInput, DocumentUploadPayload, DownloadPayload, ReviewDocumentInput, DocumentPayload } from './document.inputs';
import { ReviewDecision } from './document.inputs';
import { notifyDocumentPublished } from './document-notifications';

/** What the library accepts: documents people open anywhere. */
export const DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'text/plain': 'text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
};
export const MAX_DOCUMENT_BYTES = 25_000_000;
const PUT_EXPIRES_SECONDS = 10 * 60;
/** Download links live five minutes: long enough to start, too short to pass around. */
export const GET_EXPIRES_SECONDS = 5 * 60;
const PARTNER_AUDIENCES = [DocumentAudience.PROJECT_PARTNER, DocumentAudience.PROJECT_SPONSORS];

const noUpload = { document: null, version: null, url: null, method: null, headers: null, expiresAt: null };
const failUpload = (e: UserError): DocumentUploadPayload => ({ ...noUpload, userErrors: [e] });

/** A document the viewer may reach, by global ID; NOT_FOUND otherwise. */
export async function getDocument(ctx: Context, globalId: string): Promise<Document> {
  const id = fromGlobalIdOfType(globalId, 'Document');
  const doc = id ? await ctx.loaders.byId.Document.load(id) : null;
  if (!doc) throw notFound('No document with this ID.');
  return doc;
}

function checkFile(file: DocumentFileInput): { fileName: string; contentType: string } | UserError {
  const fileName = file.fileName.trim().replace(/[\\/]/g, '_');
  const contentType = file.contentType.toLowerCase().trim();
  if (!fileName || fileName.length > 255) return userError(UserErrorCode.INVALID, 'Give the file name (at most 255 characters).', ['input', 'file', 'fileName']);
  if (!DOCUMENT_TYPES[contentType]) return userError(UserErrorCode.INVALID, `"${file.contentType}" files are not accepted; upload a PDF, an image (JPEG, PNG), a text, Word or Excel file.`, ['input', 'file', 'contentType']);
  if (!Number.isInteger(file.byteSize) || file.byteSize <= 0) return userError(UserErrorCode.INVALID, 'The file is empty.', ['input', 'file', 'byteSize']);
  if (file.byteSize > MAX_DOCUMENT_BYTES) return userError(UserErrorCode.INVALID, `The file is larger than ${MAX_DOCUMENT_BYTES / 1_000_000} MB.`, ['input', 'file', 'byteSize']);
  return { fileName, contentType };
}

/** Where the audience points: the account, project (and its organization) or organization, checked through row scope. */
async function resolveTarget(ctx: Context, audience: DocumentAudience, targetId: string | null | undefined): Promise<Pick<Document, 'accountId' | 'projectId' | 'partnerOrganizationId'> | UserError> {
  const none = { accountId: null, projectId: null, partnerOrganizationId: null };
  const bad = (m: string) => userError(UserErrorCode.INVALID, m, ['input', 'targetId']);
  if (audience === DocumentAudience.ALL_SPONSORS || audience === DocumentAudience.ALL_PARTNERS) return targetId ? bad('This audience takes no target.') : none;
  if (!targetId) return userError(UserErrorCode.REQUIRED, 'Choose who the document is for.', ['input', 'targetId']);
  if (audience === DocumentAudience.ACCOUNT) {
    const id = fromGlobalIdOfType(targetId, 'Account');
    const account = id ? await ctx.loaders.byId.Account.load(id) : null;
    return account ? { ...none, accountId: account.id } : bad('No sponsor account with this ID.');
  }
  if (audience === DocumentAudience.PARTNER_ORGANIZATION) {
    const id = fromGlobalIdOfType(targetId, 'PartnerOrganization');
    const org = id ? await ctx.loaders.byId.PartnerOrganization.load(id) : null;
    return org ? { ...none, partnerOrganizationId: org.id } : bad('No partner organization with this ID.');
  }
  const id = fromGlobalIdOfType(targetId, 'Project');
  const project = id ? await ctx.loaders.byId.Project.load(id) : null;
  if (!project || (isPartner(ctx.viewer) && project.partnerOrganizationId !== ctx.viewer.partnerOrganizationId)) return bad('No project of yours with this ID.');
  return { ...none, projectId: project.id, partnerOrganizationId: project.partnerOrganizationId };
}

async function presignVersion(ctx: Context, doc: Document, version: DocumentVersion): Promise<DocumentUploadPayload> {
  const presigned = await mediaRuntime(ctx.services).storage.presignPut(version.objectKey, { contentType: version.contentType, maxBytes: version.byteSize, expiresSeconds: PUT_EXPIRES_SECONDS });
  return { document: doc, version, url: presigned.url, method: presigned.method, headers: presigned.headers, expiresAt: new Date(Date.now() + PUT_EXPIRES_SECONDS * 1000), userErrors: [] };
}

function newVersion(ctx: Context, doc: Document, number: number, file: { fileName: string; contentType: string; byteSize: number }): DocumentVersion {
  const id = randomUUID();
  return ctx.db.create(DocumentVersion, { id, documentId: doc.id, number, fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize, objectKey: `documents/${doc.id}/${id}`, uploadedById: ctx.viewer!.userId, readyAt: null, createdAt: new Date() });
}

/**
 * Staff publish, partners submit for review: records the document (DRAFT) and its first version,
 * and presigns the PUT of its file. `confirmDocumentVersion` then publishes it or queues it for review.
 */
export async function createDocument(ctx: Context, input: CreateDocumentInput): Promise<DocumentUploadPayload> {
  const staff = isStaff(ctx.viewer);
  if (!staff && !isPartner(ctx.viewer)) return failUpload(userError(UserErrorCode.NOT_ALLOWED, 'Only staff and partners add documents.', ['input']));
  if (!staff && !PARTNER_AUDIENCES.includes(input.audience)) return failUpload(userError(UserErrorCode.NOT_ALLOWED, 'Partners add documents for one of their projects.', ['input', 'audience']));
  if (!staff && input.type === DocumentType.DONATION_STATEMENT) return failUpload(userError(UserErrorCode.NOT_ALLOWED, 'Only staff publish donation statements.', ['input', 'type']));
  const title = input.title.trim();
  if (!title || title.length > 200) return failUpload(userError(UserErrorCode.REQUIRED, 'Give a title (at most 200 characters).', ['input', 'title']));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.documentDate) || Number.isNaN(Date.parse(input.documentDate))) return failUpload(userError(UserErrorCode.INVALID, 'Enter the date as YYYY-MM-DD.', ['input', 'documentDate']));
  const file = checkFile(input.file);
  if ('code' in file) return failUpload(file);
  const target = await resolveTarget(ctx, input.audience, input.targetId);
  if ('code' in target) return failUpload(target);
  const doc = ctx.db.create(Document, {
    id: randomUUID(), type: input.type, title, documentDate: input.documentDate, audience: input.audience, ...target,
    status: DocumentStatus.DRAFT, origin: staff ? DocumentOrigin.STAFF : DocumentOrigin.PARTNER, uploadedById: ctx.viewer!.userId,
    rejectionReason: null, publishedAt: null,
  });
  const version = newVersion(ctx, doc, 1, { ...file, byteSize: input.file.byteSize });
  await ctx.db.transaction(async (em) => {
    await em.save(doc);
    await em.save(version);
    await audit(ctx, { action: 'document.created', targetType: 'Document', targetId: doc.id, details: { audience: doc.audience, type: doc.type, origin: doc.origin } }, em);
  });
  return presignVersion(ctx, doc, version);
}

/** Staff upload a new file for a document; the old versions stay (staff can still download them). */
export async function addDocumentVersion(ctx: Context, input: AddDocumentVersionInput): Promise<DocumentUploadPayload> {
  const doc = await getDocument(ctx, input.documentId);
  const file = checkFile(input.file);
  if ('code' in file) return failUpload(file);
  const [{ max }] = (await ctx.db.query('SELECT COALESCE(max(number), 0)::int AS max FROM document_version WHERE document_id = $1', [doc.id])) as Array<{ max: number }>;
  const version = newVersion(ctx, doc, max + 1, { ...file, byteSize: input.file.byteSize });
  await ctx.db.save(version);
  return presignVersion(ctx, doc, version);
}

/**
 * The uploader says the file is in storage: checks its size, then a staff upload is published (its
 * audience notified) and a partner's first upload waits for review.
 */
export async function confirmDocumentVersion(ctx: Context, versionGlobalId: string): Promise<DocumentPayload> {
  const id = fromGlobalIdOfType(versionGlobalId, 'DocumentVersion');
  const version = id ? await ctx.loaders.byId.DocumentVersion.load(id) : null;
  if (!version || version.uploadedById !== ctx.viewer!.userId) throw notFound('No upload of yours with this ID.');
  const doc = await ctx.db.findOneByOrFail(Document, { id: version.documentId });
  const fail = (code: UserErrorCode, message: string): DocumentPayload => ({ document: null, userErrors: [userError(code, message, ['input', 'versionId'])] });
  if (version.readyAt) return { document: doc, userErrors: [] };
  const storage = mediaRuntime(ctx.services).storage;
  const stat = await storage.statObject(version.objectKey);
  if (!stat) return fail(UserErrorCode.INVALID, 'The file has not arrived yet; upload it again.');
  if (stat.size !== version.byteSize) {
    await storage.deleteObject(version.objectKey);
    return fail(UserErrorCode.INVALID, `The file has ${stat.size} bytes, not the ${version.byteSize} announced; upload it again.`);
  }
  const now = new Date();
  version.readyAt = now;
  const publish = isStaff(ctx.viewer) && (doc.status === DocumentStatus.DRAFT || doc.status === DocumentStatus.PUBLISHED);
  if (doc.status === DocumentStatus.DRAFT) doc.status = publish ? DocumentStatus.PUBLISHED : DocumentStatus.PENDING_REVIEW;
  if (publish) doc.publishedAt = now;
  await ctx.db.transaction(async (em) => {
    await em.save(version);
    await em.save(doc);
    await audit(ctx, { action: 'document.version_uploaded', targetType: 'Document', targetId: doc.id, details: { versionId: version.id, number: version.number, status: doc.status } }, em);
    if (publish) await notifyDocumentPublished(em, ctx.services.config, doc, version.number, ctx.viewer!.userId);
  });
  return { document: doc, userErrors: [] };
}

/** Staff approve a partner's document (it becomes visible and its audience is told) or reject it with a reason. */
export async function reviewDocument(ctx: Context, input: ReviewDocumentInput): Promise<DocumentPayload> {
  const doc = await getDocument(ctx, input.documentId);
  const fail = (code: UserErrorCode, message: string, field: string): DocumentPayload => ({ document: null, userErrors: [userError(code, message, ['input', field])] });
  if (doc.status !== DocumentStatus.PENDING_REVIEW) return fail(UserErrorCode.ILLEGAL_TRANSITION, 'This document is not waiting for review.', 'documentId');
  const reason = input.reason?.trim() ?? '';
  if (input.decision === ReviewDecision.REJECT && !reason) return fail(UserErrorCode.REQUIRED, 'Say why, so the partner can fix it.', 'reason');
  const approve = input.decision === ReviewDecision.APPROVE;
  doc.status = approve ? DocumentStatus.PUBLISHED : DocumentStatus.REJECTED;
  doc.rejectionReason = approve ? null : reason.slice(0, 2000);
  if (approve) doc.publishedAt = new Date();
  const [{ max }] = (await ctx.db.query('SELECT COALESCE(max(number), 1)::int AS max FROM document_version WHERE document_id = $1 AND ready_at IS NOT NULL', [doc.id])) as Array<{ max: number }>;
  await ctx.db.transaction(async (em) => {
    await em.save(doc);
    await audit(ctx, { action: approve ? 'document.approved' : 'document.rejected', targetType: 'Document', targetId: doc.id, details: approve ? {} : { reason: doc.rejectionReason } }, em);
    if (approve) await notifyDocumentPublished(em, ctx.services.config, doc, max, null);
  });
  return { document: doc, userErrors: [] };
}

/**
 * A five-minute link to a document's newest file (or, for staff, an older version), recorded in the
 * audit log: every download leaves a row. Out of reach → NOT_FOUND.
 */
export async function documentDownload(ctx: Context, input: DocumentDownloadInput): Promise<DownloadPayload> {
  const doc = await getDocument(ctx, input.documentId);
  let version: DocumentVersion | null;
  if (input.versionId) {
    const id = fromGlobalIdOfType(input.versionId, 'DocumentVersion');
    version = id ? await ctx.loaders.byId.DocumentVersion.load(id) : null;
    if (version && (version.documentId !== doc.id || !version.readyAt)) version = null;
  } else {
    version = await newestVersion(ctx, doc.id);
  }
  if (!version) throw notFound('No file of this document to download.');
  const url = await mediaRuntime(ctx.services).storage.presignGet(version.objectKey, { expiresSeconds: GET_EXPIRES_SECONDS, downloadName: version.fileName });
  await audit(ctx, { action: 'document.downloaded', targetType: 'Document', targetId: doc.id, details: { versionId: version.id, number: version.number } });
  return { url, fileName: version.fileName, expiresAt: new Date(Date.now() + GET_EXPIRES_SECONDS * 1000), userErrors: [] };
}

/** The newest confirmed version the viewer may see. */
export async function newestVersion(ctx: Context, documentId: string): Promise<DocumentVersion | null> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'DocumentVersion');
  return qb.andWhere(`${qb.alias}.document_id = :documentId AND ${qb.alias}.ready_at IS NOT NULL`, { documentId }).orderBy(`${qb.alias}.number`, 'DESC').limit(1).getOne();
}

/** Every version the viewer may see (staff: all; others: the newest), newest first. */
export function documentVersions(ctx: Context, documentId: string): Promise<DocumentVersion[]> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'DocumentVersion');
  return qb.andWhere(`${qb.alias}.document_id = :documentId AND ${qb.alias}.ready_at IS NOT NULL`, { documentId }).orderBy(`${qb.alias}.number`, 'DESC').getMany();
}

export interface DocumentFilter {
  type?: DocumentType | null;
  status?: DocumentStatus[] | null;
  search?: string | null;
  targetId?: string | null;
}

/** The library: documents the viewer may reach, newest document date first, filtered by type, status, title words or target. */
export async function listDocuments(ctx: Context, args: ConnectionArgs & DocumentFilter): Promise<ConnectionResult<Document>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Document');
  const a = qb.alias;
  // Drafts are unfinished uploads: never listed (the uploader gets the document back from createDocument).
  qb.andWhere(`${a}.status <> 'DRAFT'`);
  if (args.type) qb.andWhere(`${a}.type = :type`, { type: args.type });
  if (args.status?.length) qb.andWhere(`${a}.status IN (:...statuses)`, { statuses: args.status });
  const words = (args.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  words.forEach((w, i) => qb.andWhere(`${a}.title ILIKE :w${i}`, { [`w${i}`]: `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }));
  if (args.targetId) {
    const parsed = fromGlobalId(args.targetId);
    const column = { Account: 'account_id', Project: 'project_id', PartnerOrganization: 'partner_organization_id' }[parsed?.type ?? ''];
    if (!parsed || !column) qb.andWhere('1 = 0');
    else qb.andWhere(`${a}.${column} = :targetUuid`, { targetUuid: parsed.id });
  }
  return paginate(qb, args, 'document_date', (d) => String(d.documentDate), 'DESC');
}
