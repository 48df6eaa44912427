import { NotificationsPage } from '@portal/ui';
import { config } from '../config';

/** The notifications screen with the email settings section. */
export function NotificationsRoute() {
  return <NotificationsPage basePath={config.basePath} />;
}
