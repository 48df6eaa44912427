import { DashboardHome, useT } from '@portal/ui';
import { config } from '../config';
import { ChildrenPage } from '../children-page';

/** The staff home: the children, then the review queues, overdue requests and sync problems. */
export function StaffHome() {
  const t = useT();
  return (
    <>
      <ChildrenPage />
      <DashboardHome basePath={config.basePath} title={t('Queues and problems')} />
    </>
  );
}
