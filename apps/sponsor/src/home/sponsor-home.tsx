import { DashboardHome, useT } from '@portal/ui';
import { config } from '../config';
import { MyChildrenPage } from '../my-children-page';

/** The sponsor's home: their children, then what is new from them and what waits for the sponsor. */
export function SponsorHome() {
  const t = useT();
  return (
    <>
      <MyChildrenPage />
      <DashboardHome basePath={config.basePath} title={t('News and what waits for you')} />
    </>
  );
}
