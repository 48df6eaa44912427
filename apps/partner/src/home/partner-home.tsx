import { DashboardHome } from '@portal/ui';
import { config } from '../config';
import { ChildrenPage } from '../children-page';

/** The partner's home: their children, then letters to print and deliver, uploads and requests to handle. */
export function PartnerHome() {
  return (
    <>
      <ChildrenPage />
      <DashboardHome basePath={config.basePath} title="Waiting for you" />
    </>
  );
}
