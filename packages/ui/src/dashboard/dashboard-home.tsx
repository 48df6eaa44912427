import { useQuery } from '@apollo/client/react';
import { MyDashboardDocument } from '@portal/graphql-types';
import { useId } from 'react';
import { FormAlert } from '../components/form-alert';
import { Spinner } from '../components/spinner';
import { useRouter } from '../router/router';
import { itemTarget } from '../notifications/open-item';
import { TILE_TEXT, waitedFor } from './dashboard-labels';
import { useT } from '../i18n/i18n';

/** The "what needs me" section of a home screen: tiles with counts and the oldest item's age, action first. */
export function DashboardHome({ basePath, title = 'What needs you' }: { basePath: string; title?: string }) {
  const t = useT();
  const headingId = useId();
  const { href, navigate } = useRouter();
  const { data, loading, error } = useQuery(MyDashboardDocument, { fetchPolicy: 'cache-and-network' });
  const tiles = data?.myDashboard.tiles ?? [];

  return (
    <section aria-labelledby={headingId} className="dashboard">
      <h2 id={headingId}>{title}</h2>
      {error && <FormAlert messages={['We could not load your overview. Reload the page to try again.']} />}
      {loading && !data && <Spinner />}
      <ul className="dashboard-tiles">
        {tiles.map((t) => {
          const text = TILE_TEXT[t.kind];
          const target = itemTarget(t.route, basePath);
          const link = 'inApp' in target ? href(target.inApp) : target.href;
          return (
            <li key={t.kind} className={`card dashboard-tile${t.count > 0 && t.actionNeeded ? ' needs-action' : ''}`} data-kind={t.kind}>
              <p>
                <strong className="dashboard-count">{t.count}</strong> {text.label}
              </p>
              {t.count > 0 ? (
                <>
                  {t.oldestAt && <p className="muted">{t('Oldest waiting for')} {waitedFor(new Date(String(t.oldestAt)))}.</p>}
                  <a href={link} onClick={(e) => { if ('inApp' in target) { e.preventDefault(); navigate(target.inApp); } }}>
                    {text.action}
                  </a>
                </>
              ) : (
                <p className="muted">{text.empty}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
