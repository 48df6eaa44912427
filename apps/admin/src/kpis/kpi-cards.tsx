import type { AdminKpisQuery, Role } from '@portal/graphql-types';
import { useT } from '@portal/ui';
import { useId, type ReactNode } from 'react';
import { BarChart } from './bar-chart';
import { formatCount, formatHours, formatMonth, formatShare } from './kpi-format';

type Kpis = AdminKpisQuery['kpis'];

/** One KPI: a heading, the headline figure, then its chart (or what an empty period means). */
function KpiCard({ title, headline, detail, empty, children }: { title: string; headline: string; detail?: string; empty: string | null; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card kpi-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="kpi-headline">{headline}</p>
      {detail && <p className="muted">{detail}</p>}
      {empty ? <p className="kpi-empty muted">{empty}</p> : children}
    </section>
  );
}

export function ActiveUsersCard({ kpis }: { kpis: Kpis }) {
  const t = useT();
  const roleName: Record<Role, string> = { SPONSOR: t('Sponsors'), PARTNER: t('Partners'), STAFF: t('Staff'), STAFF_ADMIN: t('Staff administrators') };
  const active = kpis.activeUsers.reduce((sum, r) => sum + r.active, 0);
  const people = kpis.activeUsers.reduce((sum, r) => sum + r.people, 0);
  return (
    <KpiCard
      title={t('Active users by role')}
      headline={t('{{active}} of {{people}} people active', { active: formatCount(active), people: formatCount(people) })}
      detail={t('Active: signed in within the last {{days}} days.', { days: kpis.activeWindowDays })}
      empty={people === 0 ? t('Nobody can sign in yet.') : null}
    >
      <BarChart
        title={t('Active users by role')}
        categories={kpis.activeUsers.map((r) => roleName[r.role])}
        axisLabels={kpis.activeUsers.map((r) => (r.role === 'STAFF_ADMIN' ? t('Admins') : roleName[r.role]))}
        categoryHeading={t('Role')}
        series={[
          { label: t('Active'), values: kpis.activeUsers.map((r) => r.active) },
          { label: t('Can sign in'), values: kpis.activeUsers.map((r) => r.people) },
        ]}
        format={(n) => formatCount(n)}
      />
    </KpiCard>
  );
}

export function LettersCard({ kpis }: { kpis: Kpis }) {
  const t = useT();
  const l = kpis.letters;
  const none = t('no deliveries yet');
  return (
    <KpiCard
      title={t('Letters per month')}
      headline={t('Letters to children: {{n}}', { n: formatCount(l.submitted) })}
      detail={t('Median time from submission to delivery: {{duration}}. {{delivered}} delivered, {{replies}} replies from children.', {
        duration: formatHours(l.medianHoursToDelivery, none),
        delivered: formatCount(l.delivered),
        replies: formatCount(l.replies),
      })}
      empty={l.submitted + l.delivered + l.replies === 0 ? t('No letters in this period yet.') : null}
    >
      <BarChart
        title={t('Letters per month')}
        categories={l.months.map((m) => formatMonth(m.month))}
        axisLabels={l.months.map((m) => formatMonth(m.month, undefined, true))}
        categoryHeading={t('Month')}
        series={[
          { label: t('Submitted'), values: l.months.map((m) => m.submitted) },
          { label: t('Delivered'), values: l.months.map((m) => m.delivered) },
          { label: t('Replies'), values: l.months.map((m) => m.replies) },
        ]}
        format={(n) => formatCount(n)}
        extraColumns={[{ label: t('Median time to delivery'), values: l.months.map((m) => formatHours(m.medianHoursToDelivery, '—')) }]}
      />
    </KpiCard>
  );
}

export function UploadsCard({ kpis }: { kpis: Kpis }) {
  const t = useT();
  const u = kpis.uploads;
  return (
    <KpiCard
      title={t('Photos matched automatically')}
      headline={u.automaticShare === null ? t('No photos yet') : t('{{share}} matched automatically', { share: formatShare(u.automaticShare, '—') })}
      detail={t('{{automatic}} automatically, {{byHand}} by hand, {{attention}} still need attention.', {
        automatic: formatCount(u.automatic),
        byHand: formatCount(u.byHand),
        attention: formatCount(u.needsAttention),
      })}
      empty={u.automaticShare === null ? t('No photos uploaded in this period yet.') : null}
    >
      <BarChart
        title={t('Photos per month by how their child was found')}
        categories={u.months.map((m) => formatMonth(m.month))}
        axisLabels={u.months.map((m) => formatMonth(m.month, undefined, true))}
        categoryHeading={t('Month')}
        series={[
          { label: t('Automatically'), values: u.months.map((m) => m.automatic) },
          { label: t('By hand'), values: u.months.map((m) => m.byHand) },
          { label: t('Need attention'), values: u.months.map((m) => m.needsAttention) },
        ]}
        stacked
        format={(n) => formatCount(n)}
        extraColumns={[{ label: t('Matched automatically'), values: u.months.map((m) => formatShare(m.automaticShare, '—')) }]}
      />
    </KpiCard>
  );
}

export function RequestsCard({ kpis }: { kpis: Kpis }) {
  const t = useT();
  const r = kpis.requests;
  return (
    <KpiCard
      title={t('Requests')}
      headline={t('Requests opened: {{n}}', { n: formatCount(r.opened) })}
      detail={t('Median time to resolution: {{duration}}. {{resolved}} resolved.', {
        duration: formatHours(r.medianHoursToResolve, t('none resolved yet')),
        resolved: formatCount(r.resolved),
      })}
      empty={r.opened + r.resolved === 0 ? t('No requests in this period yet.') : null}
    >
      <BarChart
        title={t('Requests per month')}
        categories={r.months.map((m) => formatMonth(m.month))}
        axisLabels={r.months.map((m) => formatMonth(m.month, undefined, true))}
        categoryHeading={t('Month')}
        series={[
          { label: t('Opened'), values: r.months.map((m) => m.opened) },
          { label: t('Resolved'), values: r.months.map((m) => m.resolved) },
        ]}
        format={(n) => formatCount(n)}
        extraColumns={[{ label: t('Median time to resolution'), values: r.months.map((m) => formatHours(m.medianHoursToResolve, '—')) }]}
      />
    </KpiCard>
  );
}
