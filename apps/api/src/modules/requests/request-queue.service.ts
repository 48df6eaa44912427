import type { SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../graphql/context';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { badUserInput } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { audit } from '../audit/audit.service';
import { Role, STAFF_ROLES, User, UserStatus } from '../users/user.entity';
import type { Request, RequesterKind } from './request.entity';
import { OPEN_STATUSES, RequestActor, requestTransition, RequestStatus } from './request-state';
import { applyStatus, auditStatus, loadRequest } from './request.service';
import { notifyRequester, requestNews } from './request-notifications';
import type { RequestQueueCounts, RequestResult, RequestsPayload, RequestPayload } from './request.types';

const MAX_BULK = 100;

export interface RequestFilter {
  status?: RequestStatus[] | null;
  formId?: string | null;
  ownerId?: string | null;
  unassigned?: boolean | null;
  overdue?: boolean | null;
  requesterKind?: RequesterKind | null;
  nextActor?: RequestActor | null;
}

const OPEN = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** The viewer's requests matching a filter; `withStatus: false` leaves the status filter out (for counts). */
function filtered(ctx: Context, f: RequestFilter, withStatus = true): SelectQueryBuilder<Request> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Request');
  const a = qb.alias;
  if (withStatus && f.status?.length) qb.andWhere(`${a}.status IN (:...statuses)`, { statuses: f.status });
  if (f.formId) {
    const formId = fromGlobalIdOfType(f.formId, 'RequestForm');
    if (!formId) throw badUserInput('"formId" is not a request form ID.', 'formId');
    qb.andWhere(`${a}.form_id = :formId`, { formId });
  }
  if (f.ownerId) {
    const ownerId = fromGlobalIdOfType(f.ownerId, 'User');
    if (!ownerId) throw badUserInput('"ownerId" is not a person ID.', 'ownerId');
    qb.andWhere(`${a}.owner_id = :ownerId`, { ownerId });
  }
  if (f.unassigned != null) qb.andWhere(`${a}.owner_id IS ${f.unassigned ? '' : 'NOT '}NULL`);
  if (f.overdue != null) {
    const overdue = `(${a}.status IN ${OPEN} AND ${a}.due_at < now())`;
    qb.andWhere(f.overdue ? overdue : `(NOT ${overdue} OR ${a}.due_at IS NULL)`);
  }
  if (f.requesterKind) qb.andWhere(`${a}.requester_kind = :requesterKind`, { requesterKind: f.requesterKind });
  if (f.nextActor) qb.andWhere(`${a}.next_actor = :nextActor`, { nextActor: f.nextActor });
  return qb;
}

async function queueCounts(ctx: Context, f: RequestFilter): Promise<RequestQueueCounts> {
  const a = 'request';
  const statuses = await filtered(ctx, f, false).select(`${a}.status`, 'status').addSelect('COUNT(*)::int', 'count').groupBy(`${a}.status`).getRawMany<{ status: RequestStatus; count: number }>();
  const totals = await filtered(ctx, f, false)
    .select(`COUNT(*) FILTER (WHERE ${a}.status IN ${OPEN} AND ${a}.due_at < now())::int`, 'overdue')
    .addSelect(`COUNT(*) FILTER (WHERE ${a}.status IN ${OPEN} AND ${a}.owner_id IS NULL)::int`, 'unassigned')
    .addSelect(`COUNT(*) FILTER (WHERE ${a}.status IN ${OPEN} AND ${a}.next_actor = 'STAFF')::int`, 'waitingForStaff')
    .getRawOne<{ overdue: number; unassigned: number; waitingForStaff: number }>();
  return {
    byStatus: Object.values(RequestStatus).map((status) => ({ status, count: statuses.find((s) => s.status === status)?.count ?? 0 })),
    overdue: totals?.overdue ?? 0,
    unassigned: totals?.unassigned ?? 0,
    waitingForStaff: totals?.waitingForStaff ?? 0,
  };
}

/** Requests the viewer may see matching a filter, newest first; `counts` over the whole filtered queue. */
export async function listRequests(ctx: Context, args: ConnectionArgs & RequestFilter): Promise<ConnectionResult<Request> & { counts: Promise<RequestQueueCounts> }> {
  const page = await paginate(filtered(ctx, args), args, 'createdAt', (r) => r.createdAt.toISOString(), 'DESC');
  let counts: Promise<RequestQueueCounts> | null = null;
  return Object.defineProperty(page, 'counts', { get: () => (counts ??= queueCounts(ctx, args)), enumerable: true }) as ConnectionResult<Request> & { counts: Promise<RequestQueueCounts> };
}

/** Applies one change to each request asked for; each succeeds or fails on its own. */
async function eachRequest(ctx: Context, ids: string[], change: (r: Request, field: string[]) => Promise<UserError | null>): Promise<RequestsPayload> {
  if (ids.length === 0 || ids.length > MAX_BULK) return { results: [], userErrors: [userError(UserErrorCode.INVALID, `Choose between 1 and ${MAX_BULK} requests.`, ['input', 'requestIds'])] };
  const results: RequestResult[] = [];
  for (const [i, id] of ids.entries()) {
    const field = ['input', 'requestIds', String(i)];
    const request = await loadRequest(ctx, id);
    const error = request ? await change(request, field) : userError(UserErrorCode.INVALID, 'No request with this ID.', field);
    results.push({ id, request: error ? null : request, userError: error });
  }
  return { results, userErrors: results.flatMap((r) => (r.userError ? [r.userError] : [])) };
}

/** Staff (or an integrator with REQUESTS_WRITE) set the status of one or many requests. */
export function setRequestStatus(ctx: Context, ids: string[], status: RequestStatus): Promise<RequestsPayload> {
  return eachRequest(ctx, ids, async (request, field) => {
    const from = request.status;
    const next = requestTransition(from, { kind: 'SET_STATUS', to: status });
    if (!next.ok) return userError(UserErrorCode.ILLEGAL_TRANSITION, next.message, field);
    if (!next.changed) return null;
    applyStatus(request, next.status, next.nextActor, new Date());
    await ctx.db.transaction(async (em) => {
      await em.save(request);
      await auditStatus(ctx, em, request, from);
      const news = requestNews(false, request.status);
      if (news) await notifyRequester(em, ctx.services.config, request, news);
    });
    return null;
  });
}

/** Gives requests to a staff member (or takes them back with `ownerId` null). */
export async function assignRequests(ctx: Context, ids: string[], ownerGlobalId: string | null): Promise<RequestsPayload> {
  let ownerId: string | null = null;
  if (ownerGlobalId) {
    const id = fromGlobalIdOfType(ownerGlobalId, 'User');
    const owner = id ? await ctx.db.findOne(User, { where: { id } }) : null;
    if (!owner || !STAFF_ROLES.includes(owner.role as Role) || owner.status !== UserStatus.ACTIVE) {
      return { results: [], userErrors: [userError(UserErrorCode.INVALID, 'Assign requests to an active staff member.', ['input', 'ownerId'])] };
    }
    ownerId = owner.id;
  }
  return eachRequest(ctx, ids, async (request) => {
    if (request.ownerId === ownerId) return null;
    const from = request.ownerId;
    request.ownerId = ownerId;
    await ctx.db.transaction(async (em) => {
      await em.save(request);
      await audit(ctx, { action: 'request.assigned', targetType: 'Request', targetId: request.id, details: { from, to: ownerId } }, em);
    });
    return null;
  });
}

/** Staff move a request's due date (null: no due date). */
export async function setRequestDueDate(ctx: Context, globalId: string, dueAt: Date | null): Promise<RequestPayload> {
  const request = await loadRequest(ctx, globalId);
  if (!request) return { request: null, userErrors: [userError(UserErrorCode.INVALID, 'No request with this ID.', ['input', 'requestId'])] };
  if (dueAt && Number.isNaN(dueAt.getTime())) return { request: null, userErrors: [userError(UserErrorCode.INVALID, 'Give a valid date.', ['input', 'dueAt'])] };
  request.dueAt = dueAt;
  await ctx.db.save(request);
  return { request, userErrors: [] };
}
