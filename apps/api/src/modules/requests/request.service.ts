import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { Request, RequestAttachment, RequestMessage, RequesterKind } from './request.entity';
import { RequestFieldType, validateAnswers, type FieldProblem } from './request-validation';
import { OPEN_STATUSES, requestTransition, RequestStatus, type RequestEvent } from './request-state';
import type { OpenRequestInput, ReplyToRequestInput } from './request.inputs';
import type { RequestPayload } from './request.types';
import { notifyRequester, requestNews } from './request-notifications';

const DAY_MS = 86_400_000;
export const MAX_MESSAGE = 5000;
const MAX_ATTACHMENTS = 10;

const problemError = (p: FieldProblem, prefix: string[]): UserError =>
  userError(p.code === 'REQUIRED' ? UserErrorCode.REQUIRED : UserErrorCode.INVALID, p.message, [...prefix, p.field]);

/** A request the viewer may reach, by global ID; null otherwise. */
export async function loadRequest(ctx: Context, globalId: string): Promise<Request | null> {
  const id = fromGlobalIdOfType(globalId, 'Request');
  return id ? ctx.loaders.byId.Request.load(id) : null;
}

export async function getRequest(ctx: Context, globalId: string): Promise<Request> {
  const request = await loadRequest(ctx, globalId);
  if (!request) throw notFound('No request with this ID.');
  return request;
}

/**
 * The viewer's own uploads, not attached to anything yet, by global ID: the files a new request or
 * message may take. Returns the attachments, or the index of the first one that is not such a file.
 */
async function freshAttachments(ctx: Context, globalIds: readonly string[]): Promise<{ ok: RequestAttachment[] } | { bad: number }> {
  const found: RequestAttachment[] = [];
  for (const [i, g] of globalIds.entries()) {
    const id = fromGlobalIdOfType(g, 'RequestAttachment');
    const a = id ? await ctx.loaders.byId.RequestAttachment.load(id) : null;
    if (!a || a.requestId || a.uploaderId !== ctx.viewer!.userId || found.includes(a)) return { bad: i };
    found.push(a);
  }
  return { ok: found };
}

/** Records a status change of a request in the audit log (inside the caller's transaction). */
export function auditStatus(ctx: Context, em: EntityManager, request: Request, from: RequestStatus | null): Promise<void> {
  return audit(ctx, { action: 'request.status_changed', targetType: 'Request', targetId: request.id, details: { from, to: request.status, nextActor: request.nextActor } }, em);
}

/** A sponsor or a partner opens a request by filling in a form meant for them. */
export async function openRequest(ctx: Context, input: OpenRequestInput): Promise<RequestPayload> {
  const viewer = ctx.viewer!;
  const fail = (e: UserError): RequestPayload => ({ request: null, userErrors: [e] });
  if (!isSponsor(viewer) && !isPartner(viewer)) return fail(userError(UserErrorCode.NOT_ALLOWED, 'Only sponsors and partners open requests.', ['input']));
  const formId = fromGlobalIdOfType(input.formId, 'RequestForm');
  const form = formId ? await ctx.loaders.byId.RequestForm.load(formId) : null;
  if (!form || !form.active) return fail(userError(UserErrorCode.INVALID, 'This form is not available.', ['input', 'formId']));

  // Attachment answers arrive as global IDs; validation and storage use the uuid.
  const answers = input.answers.map((a) => {
    const def = form.fields.find((f) => f.key === a.key);
    if (def?.type !== RequestFieldType.ATTACHMENT || !a.value) return { key: a.key, value: a.value ?? null };
    return { key: a.key, value: fromGlobalIdOfType(a.value, 'RequestAttachment') ?? a.value };
  });
  const { values, problems } = validateAnswers(form.fields, answers);
  const attachmentKeys = form.fields.filter((f) => f.type === RequestFieldType.ATTACHMENT && typeof values[f.key] === 'string').map((f) => f.key);
  const files = await freshAttachments(ctx, attachmentKeys.map((k) => input.answers.find((a) => a.key === k)!.value!));
  if ('bad' in files) problems.push({ field: attachmentKeys[files.bad], code: 'INVALID', message: 'Upload the file again.' });
  const attached = 'ok' in files ? files.ok : [];
  if (problems.length) return { request: null, userErrors: problems.map((p) => problemError(p, ['input', 'answers'])) };

  const first = requestTransition(null, { kind: 'OPEN' });
  if (!first.ok) return fail(userError(UserErrorCode.ILLEGAL_TRANSITION, first.message, ['input']));
  const now = new Date();
  const request = ctx.db.create(Request, {
    id: randomUUID(),
    createdAt: now,
    formId: form.id,
    requesterId: viewer.userId,
    requesterKind: isSponsor(viewer) ? RequesterKind.SPONSOR : RequesterKind.PARTNER,
    accountId: viewer.accountId,
    partnerOrganizationId: isPartner(viewer) ? viewer.partnerOrganizationId : null,
    subject: form.nameEn,
    answers: values,
    status: first.status,
    nextActor: first.nextActor,
    ownerId: null,
    dueAt: new Date(now.getTime() + form.responseDays * DAY_MS),
    resolvedAt: null,
    lastActivityAt: now,
  });
  await ctx.db.transaction(async (em) => {
    await em.save(request);
    if (attached.length) await em.update(RequestAttachment, attached.map((a) => a.id), { requestId: request.id });
    await auditStatus(ctx, em, request, null);
  });
  return { request, userErrors: [] };
}

/**
 * A message in the thread. The requester's side answers (which hands the request back to staff);
 * staff answer or leave an internal note, optionally setting a status in the same step.
 */
export async function replyToRequest(ctx: Context, input: ReplyToRequestInput): Promise<RequestPayload> {
  const request = await loadRequest(ctx, input.requestId);
  if (!request) throw notFound('No request with this ID.');
  const fail = (code: UserErrorCode, message: string, field: string): RequestPayload => ({ request: null, userErrors: [userError(code, message, ['input', field])] });
  const staff = isStaff(ctx.viewer);
  const body = input.body.trim();
  if (!body) return fail(UserErrorCode.REQUIRED, 'Write a message.', 'body');
  if (body.length > MAX_MESSAGE) return fail(UserErrorCode.INVALID, `Keep the message under ${MAX_MESSAGE} characters.`, 'body');
  if (!staff && input.internal) return fail(UserErrorCode.NOT_ALLOWED, 'Only staff write internal notes.', 'internal');
  if (!staff && input.status) return fail(UserErrorCode.NOT_ALLOWED, 'Only staff change the status.', 'status');
  const ids = input.attachmentIds ?? [];
  if (ids.length > MAX_ATTACHMENTS) return fail(UserErrorCode.INVALID, `Attach at most ${MAX_ATTACHMENTS} files.`, 'attachmentIds');
  const files = await freshAttachments(ctx, ids);
  if ('bad' in files) return { request: null, userErrors: [userError(UserErrorCode.INVALID, 'Upload the file again.', ['input', 'attachmentIds', String(files.bad)])] };

  const event: RequestEvent | null = staff ? (input.status ? { kind: 'SET_STATUS', to: input.status } : null) : { kind: 'REQUESTER_REPLY' };
  const from = request.status;
  const next = event ? requestTransition(from, event) : null;
  if (next && !next.ok) return fail(UserErrorCode.ILLEGAL_TRANSITION, next.message, staff ? 'status' : 'requestId');

  const now = new Date();
  const message = ctx.db.create(RequestMessage, { id: randomUUID(), createdAt: now, requestId: request.id, authorId: ctx.viewer!.userId, fromStaff: staff, body, internal: staff && input.internal });
  if (next?.ok) applyStatus(request, next.status, next.nextActor, now);
  if (!message.internal || next?.changed) request.lastActivityAt = now;
  await ctx.db.transaction(async (em) => {
    await em.save(message);
    await em.save(request);
    if (files.ok.length) await em.update(RequestAttachment, files.ok.map((a) => a.id), { requestId: request.id, messageId: message.id });
    if (next?.ok && next.changed) await auditStatus(ctx, em, request, from);
    const news = staff ? requestNews(!message.internal, next?.ok && next.changed ? request.status : null) : null;
    if (news) await notifyRequester(em, ctx.services.config, request, news);
  });
  return { request, userErrors: [] };
}

/** Writes a new status and who acts next onto a request (resolution time kept for KPIs). */
export function applyStatus(request: Request, status: RequestStatus, nextActor: Request['nextActor'], now: Date): void {
  if (status === RequestStatus.RESOLVED && request.status !== RequestStatus.RESOLVED) request.resolvedAt = now;
  if (OPEN_STATUSES.includes(status)) request.resolvedAt = null;
  request.status = status;
  request.nextActor = nextActor;
  request.lastActivityAt = now;
}

/** The thread of a request, oldest first (internal notes only reach staff, by row scope). */
export function requestMessages(ctx: Context, requestId: string): Promise<RequestMessage[]> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'RequestMessage');
  return qb.andWhere(`${qb.alias}.request_id = :requestId`, { requestId }).orderBy(`${qb.alias}.created_at`, 'ASC').addOrderBy(`${qb.alias}.id`, 'ASC').getMany();
}

/** Attachments of a request (or of one message) the viewer may reach. */
export function requestAttachments(ctx: Context, where: { requestId: string; messageId?: string }): Promise<RequestAttachment[]> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'RequestAttachment');
  qb.andWhere(`${qb.alias}.request_id = :requestId`, { requestId: where.requestId });
  if (where.messageId) qb.andWhere(`${qb.alias}.message_id = :messageId`, { messageId: where.messageId });
  return qb.orderBy(`${qb.alias}.created_at`, 'ASC').getMany();
}
