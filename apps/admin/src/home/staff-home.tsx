import { DashboardHome, Link, useT } from '@portal/ui';
import { config } from '../config';
import { ChildrenPage } from '../children-page';

/** The staff home: the children, then the review queues, overdue requests and sync problems, then a way to the key figures. */
export function StaffHome() {
  const t = useT();
  return (
    <>
      <ChildrenPage />
      <DashboardHome basePath={config.basePath} title={t('Queues and problems')} />
      <p>
        <Link to="kpis">{t('See the key figures (KPIs): active users, letters, photos and requests by month')}</Link>
      </p>
    </>
  );
}
