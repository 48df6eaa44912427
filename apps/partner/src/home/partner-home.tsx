import { DashboardHome, useT } from '@portal/ui';
import { config } from '../config';
import { ChildrenPage } from '../children-page';

/** The partner's home: their children, then letters to print and deliver, uploads and requests to handle. */
export function PartnerHome() {
  const t = useT();
  return (
    <>
      <ChildrenPage />
      <DashboardHome basePath={config.basePath} title={t('Waiting for you')} />
    </>
  );
}
