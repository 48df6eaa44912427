import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import { ApiScope } from '../api-tokens/api-scope';
import type { Request, RequestAttachment, RequestMessage } from './request.entity';
import type { RequestForm } from './request-form.entity';

/**
 * Which requests a viewer may reach, as SQL over the alias `r` (or null: all of them): a sponsor the
 * requests they opened; a partner those opened by people of their organization; staff, and
 * integrators with REQUESTS_READ, all.
 */
function requestPredicate(viewer: Viewer | null, r: string): { sql: string; params: Record<string, string> } | null | false {
  if (!viewer) return false;
  if (isStaff(viewer)) return null;
  if (viewer.kind === 'integrator') return viewer.scopes.includes(ApiScope.REQUESTS_READ) ? null : false;
  if (isSponsor(viewer)) return { sql: `${r}.requester_id = :scopeUserId AND ${r}.requester_kind = 'SPONSOR'`, params: { scopeUserId: viewer.userId } };
  if (isPartner(viewer)) return { sql: `${r}.partner_organization_id = :scopeOrgId AND ${r}.requester_kind = 'PARTNER'`, params: { scopeOrgId: viewer.partnerOrganizationId } };
  return false;
}

/** Row scope for requests (see requestPredicate). */
export function scopeRequests(qb: SelectQueryBuilder<Request>, viewer: Viewer | null): SelectQueryBuilder<Request> {
  const p = requestPredicate(viewer, qb.alias);
  if (p === false) return qb.andWhere('1 = 0');
  return p ? qb.andWhere(p.sql, p.params) : qb;
}

/** Messages of reachable requests; internal notes only for staff (never for requesters or tokens). */
export function scopeRequestMessages(qb: SelectQueryBuilder<RequestMessage>, viewer: Viewer | null): SelectQueryBuilder<RequestMessage> {
  const p = requestPredicate(viewer, 'sr');
  if (p === false) return qb.andWhere('1 = 0');
  if (!isStaff(viewer)) qb.andWhere(`${qb.alias}.internal = false`);
  return p ? qb.andWhere(`${qb.alias}.request_id IN (SELECT sr.id FROM request sr WHERE ${p.sql})`, p.params) : qb;
}

/**
 * Attachments of reachable requests, and the viewer's own uploads not yet sent; a file attached
 * to an internal note is as hidden as the note.
 */
export function scopeRequestAttachments(qb: SelectQueryBuilder<RequestAttachment>, viewer: Viewer | null): SelectQueryBuilder<RequestAttachment> {
  const a = qb.alias;
  const p = requestPredicate(viewer, 'sr');
  if (p === false) return qb.andWhere('1 = 0');
  if (!p) {
    return isStaff(viewer) ? qb : qb.andWhere(`(${a}.message_id IS NULL OR ${a}.message_id IN (SELECT sm.id FROM request_message sm WHERE sm.internal = false))`);
  }
  return qb.andWhere(
    `(${a}.request_id IS NULL AND ${a}.uploader_id = :scopeUploaderId)
     OR (${a}.request_id IN (SELECT sr.id FROM request sr WHERE ${p.sql})
         AND (${a}.message_id IS NULL OR ${a}.message_id IN (SELECT sm.id FROM request_message sm WHERE sm.internal = false)))`,
    { ...p.params, scopeUploaderId: viewer!.userId },
  );
}

/** Forms: staff see all; sponsors and partners the active forms meant for them. */
export function scopeRequestForms(qb: SelectQueryBuilder<RequestForm>, viewer: Viewer | null): SelectQueryBuilder<RequestForm> {
  const a = qb.alias;
  if (!viewer) return qb.andWhere('1 = 0');
  if (isStaff(viewer)) return qb;
  if (viewer.kind === 'integrator') return viewer.scopes.includes(ApiScope.REQUESTS_READ) ? qb : qb.andWhere('1 = 0');
  const audience = isSponsor(viewer) ? 'SPONSOR' : isPartner(viewer) ? 'PARTNER' : null;
  if (!audience) return qb.andWhere('1 = 0');
  return qb.andWhere(`${a}.active AND ${a}.audience IN (:scopeAudience, 'BOTH')`, { scopeAudience: audience });
}
