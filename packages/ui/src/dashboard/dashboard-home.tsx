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
export function DashboardHome({ basePath, title }: { basePath: string; title?: string }) {
  const t = useT();
  const headingId = useId();
  const { href, navigate } = useRouter();
  const { data, loading, error } = useQuery(MyDashboardDocument, { fetchPolicy: 'cache-and-network' });
  const tiles = data?.myDashboard.tiles ?? [];

  return (
    <section aria-labelledby={headingId} className="dashboard">
      <h2 id={headingId}>{title ?? t('What needs you')}</h2>
      {error && <FormAlert messages={[t('We could not load your overview. Reload the page to try again.')]} />}
      {loading && !data && <Spinner />}
      <ul className="dashboard-tiles">
        {tiles.map((tile) => {
          const text = TILE_TEXT[tile.kind];
          const target = itemTarget(tile.route, basePath);
          const link = 'inApp' in target ? href(target.inApp) : target.href;
          return (
            <li key={tile.kind} className={`card dashboard-tile${tile.count > 0 && tile.actionNeeded ? ' needs-action' : ''}`} data-kind={tile.kind}>
              <p>
                <strong className="dashboard-count">{tile.count}</strong> {text.label}
              </p>
              {tile.count > 0 ? (
                <>
                  {tile.oldestAt && <p className="muted">{t('Oldest waiting for {{time}}.', { time: waitedFor(new Date(String(tile.oldestAt))) })}</p>}
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
