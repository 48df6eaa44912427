import '@portal/ui/theme.css';
import type { Role } from '@portal/graphql-types';
import { AccountPage, applyBrand, PortalApp, UnreadBadge, type PortalRoute } from '@portal/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from './config';
import { PartnerHome } from './home/partner-home';
import { NotificationsRoute } from './notifications/notifications-route';
import { RequestsPage } from './requests/requests-page';
import { DocumentsPage } from './documents/documents-page';
import { messages as requestMessages } from './requests/messages';
import { PrintQueuePage } from './letters/print-queue-page';
import { UploadsPage } from './uploads/uploads-page';

const allowedRoles: readonly Role[] = ['PARTNER'];

const routes: PortalRoute[] = [
  { path: '', label: 'Children', render: () => <PartnerHome /> },
  { path: 'letters', label: 'Letters', render: () => <PrintQueuePage /> },
  { path: 'uploads', label: 'Upload photos', render: () => <UploadsPage /> },
  { path: 'requests', label: requestMessages.navLabel, render: () => <RequestsPage /> },
  { path: 'documents', label: 'Documents', render: () => <DocumentsPage /> },
  { path: 'notifications', label: 'Notifications', render: () => <NotificationsRoute />, badge: () => <UnreadBadge /> },
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
