import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { Role } from '../users/user.entity';
import { ACTIVE_WINDOW_DAYS, joinMonths, kpiPeriod, MAX_MONTHS, share, toCount, toNumberOrNull, type KpiPeriod } from './kpi-math';
import { ActiveUsersByRole, Kpis, LetterKpiMonth, LetterKpis, RequestKpiMonth, RequestKpis, UploadKpiMonth, UploadKpis } from './kpi.types';

/*
 * KPIs are aggregates over every row, for staff only (the shield's isStaffMember), so they read the
 * tables directly rather than through a row scope. Each query groups by month with ROLLUP: the row
 * whose month is NULL holds the whole period's total and median (percentile_cont, continuous).
 */

const MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')`;
const HOURS = (later: string, earlier: string) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ${later} - ${earlier})) / 3600`;
const ROLE_ORDER: readonly Role[] = [Role.SPONSOR, Role.PARTNER, Role.STAFF, Role.STAFF_ADMIN];
/** What `assignChild` (media/upload.service.ts) audits when a partner sets a photo's child by hand. */
const CHILD_ASSIGNED = 'media.child_assigned';

type Row = Record<string, unknown> & { month: string | null };

/** Splits ROLLUP output into the per-month rows and the total row. */
function rollup(rows: Row[]): { months: Array<Row & { month: string }>; total: Row | undefined } {
  return { months: rows.filter((r): r is Row & { month: string } => r.month !== null), total: rows.find((r) => r.month === null) };
}

/** Every KPI over the `months` calendar months ending with the month of `endingAt` (default: now). */
export async function kpis(ctx: Context, months: number, endingAt: Date | null | undefined): Promise<Kpis> {
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) throw badUserInput(`"months" must be between 1 and ${MAX_MONTHS}.`, 'months');
  const period = kpiPeriod(months, endingAt ?? new Date());
  const [activeUsers, letters, uploads, requests] = await Promise.all([activeUsersByRole(ctx, period), letterKpis(ctx, period), uploadKpis(ctx, period), requestKpis(ctx, period)]);
  return Object.assign(new Kpis(), { from: period.from, to: period.to, months: period.months, activeWindowDays: ACTIVE_WINDOW_DAYS, activeUsers, letters, uploads, requests });
}

async function activeUsersByRole(ctx: Context, p: KpiPeriod): Promise<ActiveUsersByRole[]> {
  // A refresh token is issued at every sign-in (password, second factor, magic link) and at every
  // renewal of a session, so its creation time is the person's last activity.
  const rows: Array<{ role: Role; people: string; active: string }> = await ctx.db.query(
    `SELECT u.role, COUNT(*) AS people,
            COUNT(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM refresh_token r
              WHERE r.user_id = u.id AND r.created_at > $1::timestamptz - make_interval(days => $2) AND r.created_at <= $1
            )) AS active
       FROM "user" u
      WHERE u.status = 'ACTIVE' AND u.created_at <= $1
      GROUP BY u.role`,
    [p.endingAt, ACTIVE_WINDOW_DAYS],
  );
  const byRole = new Map(rows.map((r) => [r.role, r]));
  return ROLE_ORDER.map((role) => Object.assign(new ActiveUsersByRole(), { role, active: toCount(byRole.get(role)?.active), people: toCount(byRole.get(role)?.people) }));
}

async function letterKpis(ctx: Context, p: KpiPeriod): Promise<LetterKpis> {
  const [written, deliveredRows]: [Row[], Row[]] = await Promise.all([
    ctx.db.query(
      `SELECT ${MONTH('submitted_at')} AS month,
              COUNT(*) FILTER (WHERE direction = 'SPONSOR_TO_CHILD') AS submitted,
              COUNT(*) FILTER (WHERE direction = 'CHILD_TO_SPONSOR') AS replies
         FROM letter WHERE submitted_at >= $1 AND submitted_at < $2
        GROUP BY ROLLUP (1)`,
      [p.from, p.to],
    ),
    ctx.db.query(
      `SELECT ${MONTH('delivered_at')} AS month, COUNT(*) AS delivered, ${HOURS('delivered_at', 'submitted_at')} AS median_hours
         FROM letter
        WHERE direction = 'SPONSOR_TO_CHILD' AND submitted_at IS NOT NULL AND delivered_at >= $1 AND delivered_at < $2
        GROUP BY ROLLUP (1)`,
      [p.from, p.to],
    ),
  ]);
  const w = rollup(written);
  const d = rollup(deliveredRows);
  return Object.assign(new LetterKpis(), {
    submitted: toCount(w.total?.submitted),
    replies: toCount(w.total?.replies),
    delivered: toCount(d.total?.delivered),
    medianHoursToDelivery: toNumberOrNull(d.total?.median_hours),
    months: joinMonths(p.months, w.months, d.months, (month, wr, dr) =>
      Object.assign(new LetterKpiMonth(), {
        month,
        submitted: toCount(wr?.submitted),
        replies: toCount(wr?.replies),
        delivered: toCount(dr?.delivered),
        medianHoursToDelivery: toNumberOrNull(dr?.median_hours),
      }),
    ),
  });
}

async function uploadKpis(ctx: Context, p: KpiPeriod): Promise<UploadKpis> {
  // An upload counts once it was converted and matched (or not): MATCHED or NEEDS_ATTENTION.
  // MATCHED by hand = the partner assigned the child (audited), whatever the matcher had said.
  const rows: Row[] = await ctx.db.query(
    `SELECT ${MONTH('u.processed_at')} AS month,
            COUNT(*) FILTER (WHERE u.status = 'MATCHED' AND h.target_id IS NULL) AS automatic,
            COUNT(*) FILTER (WHERE u.status = 'MATCHED' AND h.target_id IS NOT NULL) AS by_hand,
            COUNT(*) FILTER (WHERE u.status = 'NEEDS_ATTENTION') AS needs_attention
       FROM upload u
       LEFT JOIN (SELECT DISTINCT target_id FROM audit_event WHERE action = $3 AND target_type = 'Media') h ON h.target_id = u.media_id::text
      WHERE u.status IN ('MATCHED', 'NEEDS_ATTENTION') AND u.processed_at >= $1 AND u.processed_at < $2
      GROUP BY ROLLUP (1)`,
    [p.from, p.to, CHILD_ASSIGNED],
  );
  const counts = (r: Row | undefined) => {
    const automatic = toCount(r?.automatic);
    const byHand = toCount(r?.by_hand);
    const needsAttention = toCount(r?.needs_attention);
    return { automatic, byHand, needsAttention, automaticShare: share(automatic, automatic + byHand + needsAttention) };
  };
  const { months, total } = rollup(rows);
  return Object.assign(new UploadKpis(), {
    ...counts(total),
    months: joinMonths(p.months, months, [], (month, r) => Object.assign(new UploadKpiMonth(), { month, ...counts(r) })),
  });
}

async function requestKpis(ctx: Context, p: KpiPeriod): Promise<RequestKpis> {
  const [openedRows, resolvedRows]: [Row[], Row[]] = await Promise.all([
    ctx.db.query(`SELECT ${MONTH('created_at')} AS month, COUNT(*) AS opened FROM request WHERE created_at >= $1 AND created_at < $2 GROUP BY ROLLUP (1)`, [p.from, p.to]),
    ctx.db.query(
      `SELECT ${MONTH('resolved_at')} AS month, COUNT(*) AS resolved, ${HOURS('resolved_at', 'created_at')} AS median_hours
         FROM request WHERE resolved_at >= $1 AND resolved_at < $2 GROUP BY ROLLUP (1)`,
      [p.from, p.to],
    ),
  ]);
  const o = rollup(openedRows);
  const r = rollup(resolvedRows);
  return Object.assign(new RequestKpis(), {
    opened: toCount(o.total?.opened),
    resolved: toCount(r.total?.resolved),
    medianHoursToResolve: toNumberOrNull(r.total?.median_hours),
    months: joinMonths(p.months, o.months, r.months, (month, or, rr) =>
      Object.assign(new RequestKpiMonth(), { month, opened: toCount(or?.opened), resolved: toCount(rr?.resolved), medianHoursToResolve: toNumberOrNull(rr?.median_hours) }),
    ),
  });
}
