import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { isStaff, type Viewer } from '../../auth/viewer';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  actorId?: string | null;
  actorEmail?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Where an audit event comes from: a request context or anything shaped like one. */
export interface AuditSource {
  db: EntityManager;
  viewer: Viewer | null;
  req: Request;
}

/** Records an audit event with the request's IP and user agent. Pass the transaction's manager as `db` inside one. */
export async function audit(ctx: AuditSource, entry: AuditEntry, db: EntityManager = ctx.db): Promise<void> {
  const event = db.create(AuditEvent, {
    id: randomUUID(),
    action: entry.action,
    actorId: entry.actorId ?? ctx.viewer?.userId ?? null,
    actorEmail: entry.actorEmail ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: ctx.req.ip ?? null,
    userAgent: ctx.req.get('user-agent')?.slice(0, 400) ?? null,
    details: entry.details ?? {},
  });
  // TypeORM's insert typing cannot express a jsonb Record; the entity is complete.
  await db.insert(AuditEvent, event as never);
}

export interface AuditFilter {
  action?: string | null;
  actorEmail?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** Audit events matching a filter; nothing at all unless the viewer is staff. */
export function auditQuery(db: EntityManager, viewer: Viewer | null, f: AuditFilter): SelectQueryBuilder<AuditEvent> {
  const qb = db.createQueryBuilder(AuditEvent, 'audit');
  if (!isStaff(viewer)) qb.andWhere('1 = 0');
  if (f.action) qb.andWhere('audit.action = :action', { action: f.action });
  if (f.actorEmail) qb.andWhere('lower(audit.actor_email) = lower(:actorEmail)', { actorEmail: f.actorEmail });
  if (f.since) qb.andWhere('audit.created_at >= :since', { since: f.since });
  if (f.until) qb.andWhere('audit.created_at < :until', { until: f.until });
  return qb;
}
