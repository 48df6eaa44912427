import '@portal/ui/theme.css';
import type { Role } from '@portal/graphql-types';
import { AccountPage, applyBrand, PortalApp, UnreadBadge, type PortalRoute, useT } from '@portal/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from './config';
import { StaffHome } from './home/staff-home';
import { NotificationsRoute } from './notifications/notifications-route';
import { ApiTokensPage } from './api-tokens/api-tokens-page';
import { AuditLogPage } from './audit/audit-log-page';
import { ReviewQueuePage } from './letters/review-queue-page';
import { MailPage } from './mail/mail-page';
import { MediaReviewPage } from './media/media-review-page';
import { PeoplePage } from './people/people-page';
import { SyncPage } from './sync/sync-page';
import { RequestsPage } from './requests/requests-page';
import { KpisPage } from './kpis/kpis-page';
import { DocumentsPage } from './documents/documents-page';

const allowedRoles: readonly Role[] = ['STAFF', 'STAFF_ADMIN'];

/** The screens, home first (also the navigation); built at render so the labels follow the language. */
function useRoutes(): PortalRoute[] {
  const t = useT();
  return [
    { path: '', label: t('Children'), render: () => <StaffHome /> },
    { path: 'letters', label: t('Letters'), render: () => <ReviewQueuePage /> },
    { path: 'photos', label: t('Photos'), render: () => <MediaReviewPage /> },
    { path: 'requests', label: t('Requests'), render: () => <RequestsPage /> },
    { path: 'documents', label: t('Documents'), render: () => <DocumentsPage /> },
    { path: 'notifications', label: t('Notifications'), render: () => <NotificationsRoute />, badge: () => <UnreadBadge /> },
    { path: 'kpis', label: t('KPIs'), render: () => <KpisPage /> },
    { path: 'people', label: t('People'), render: () => <PeoplePage /> },
    { path: 'audit-log', label: t('Audit log'), render: () => <AuditLogPage /> },
    { path: 'mail', label: t('Mail'), render: () => <MailPage /> },
    { path: 'api-tokens', label: t('API tokens'), render: () => <ApiTokensPage /> },
    { path: 'sync', label: t('Sync'), render: () => <SyncPage /> },
    { path: 'account', label: t('Your account'), render: () => <AccountPage /> },
  ];
}

applyBrand(config.brand);

function App() {
  const t = useT();
  return (
    <PortalApp
      appName={t('Admin portal')}
      logoUrl={config.brand.logoUrl}
      apiUrl={config.apiUrl}
      basePath={config.basePath}
      allowedRoles={allowedRoles}
      routes={useRoutes()}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
