import { useQuery } from '@apollo/client/react';
import { AdminKpisDocument } from '@portal/graphql-types';
import { FormAlert, Page, Spinner, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { ActiveUsersCard, LettersCard, RequestsCard, UploadsCard } from './kpi-cards';
import { formatMonth } from './kpi-format';
import './kpis.css';

const PERIODS = [6, 12, 24] as const;

/** Key figures for staff: one card per KPI with its headline figure and a chart, over a chosen period. */
export function KpisPage() {
  const t = useT();
  const periodId = useId();
  const [months, setMonths] = useState<number>(12);
  const { data, error, loading } = useQuery(AdminKpisDocument, { variables: { months }, fetchPolicy: 'cache-and-network' });
  const kpis = data?.kpis;

  return (
    <Page title={t('KPIs')} intro={t('How the portal is used, month by month (calendar months in UTC).')}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={periodId}>{t('Period')}</label>
          <select id={periodId} value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                {t('Last {{count}} months', { count: n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <FormAlert messages={[t('We could not load the figures. Reload the page to try again.')]} />}
      {loading && !kpis && <Spinner />}
      {kpis && (
        <>
          <p className="muted">
            {t('From {{first}} to {{last}}.', { first: formatMonth(kpis.months[0]), last: formatMonth(kpis.months[kpis.months.length - 1]) })}
          </p>
          <div className="kpi-grid">
            <ActiveUsersCard kpis={kpis} />
            <LettersCard kpis={kpis} />
            <UploadsCard kpis={kpis} />
            <RequestsCard kpis={kpis} />
          </div>
        </>
      )}
    </Page>
  );
}
