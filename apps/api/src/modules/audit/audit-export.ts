import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { AppServices } from '../../graphql/context';
import { isStaff } from '../../auth/viewer';
import { audit, auditQuery } from './audit.service';

const COLUMNS = ['createdAt', 'action', 'actorEmail', 'actorId', 'targetType', 'targetId', 'ip', 'userAgent', 'details'] as const;
const MAX_ROWS = 50_000;

/** Spreadsheets run cells that start with = + - @ as formulas; an attacker controls some values (emails tried at sign-in). */
export const neutralizeFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const parseDate = (v: unknown): Date | null => {
  if (typeof v !== 'string' || !v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** GET /exports/audit-events.csv — the filtered audit log as CSV, for staff (Bearer token). */
export function auditCsvHandler(services: AppServices) {
  return async (req: Request, res: Response): Promise<void> => {
    const header = req.headers.authorization;
    const viewer = header?.startsWith('Bearer ') ? services.accessTokens.verify(header.slice(7).trim()) : null;
    if (!viewer) {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    if (!isStaff(viewer)) {
      res.status(403).json({ error: 'FORBIDDEN' });
      return;
    }
    const q = req.query;
    const db = services.dataSource.manager;
    const filter = {
      action: typeof q.action === 'string' ? q.action : null,
      actorEmail: typeof q.actorEmail === 'string' ? q.actorEmail : null,
      since: parseDate(q.since),
      until: parseDate(q.until),
    };
    const rows = await auditQuery(db, viewer, filter)
      .orderBy('audit.createdAt', 'DESC')
      .addOrderBy('audit.id', 'DESC')
      .limit(MAX_ROWS)
      .getMany();
    await audit({ db, viewer, req }, { action: 'audit.exported', details: { rows: rows.length, filter } });
    const csv = stringify(
      rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), details: JSON.stringify(r.details) })),
      { header: true, columns: [...COLUMNS], cast: { string: neutralizeFormula } },
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-events-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.send(csv);
  };
}
