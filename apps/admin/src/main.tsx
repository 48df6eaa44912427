import '@portal/ui/theme.css';
import type { Role } from '@portal/graphql-types';
import { AccountPage, applyBrand, PortalApp, UnreadBadge, type PortalRoute } from '@portal/ui';
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
import { messages as requestMessages } from './requests/messages';

const allowedRoles: readonly Role[] = ['STAFF', 'STAFF_ADMIN'];

const routes: PortalRoute[] = [
  { path: '', label: 'Children', render: () => <StaffHome /> },
  { path: 'letters', label: 'Letters', render: () => <ReviewQueuePage /> },
  { path: 'photos', label: 'Photos', render: () => <MediaReviewPage /> },
  { path: 'requests', label: requestMessages.navLabel, render: () => <RequestsPage /> },
  { path: 'documents', label: 'Documents', render: () => <DocumentsPage /> },
  { path: 'notifications', label: 'Notifications', render: () => <NotificationsRoute />, badge: () => <UnreadBadge /> },
  { path: 'kpis', label: 'KPIs', render: () => <KpisPage /> },
  { path: 'people', label: 'People', render: () => <PeoplePage /> },
  { path: 'audit-log', label: 'Audit log', render: () => <AuditLogPage /> },
  { path: 'mail', label: 'Mail', render: () => <MailPage /> },
  { path: 'api-tokens', label: 'API tokens', render: () => <ApiTokensPage /> },
  { path: 'sync', label: 'Sync', render: () => <SyncPage /> },
  { path: 'account', label: 'Your account', render: () => <AccountPage /> },
];

applyBrand(config.brand);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalApp
      appName={config.brand.name}
      logoUrl={config.brand.logoUrl}
      apiUrl={config.apiUrl}
      basePath={config.basePath}
      allowedRoles={allowedRoles}
      routes={routes}
    />
  </StrictMode>,
);
