import '@portal/ui/theme.css';
import type { Role } from '@portal/graphql-types';
import { AccountPage, applyBrand, PortalApp, UnreadBadge, type PortalRoute, useT } from '@portal/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from './config';
import { PartnerHome } from './home/partner-home';
import { NotificationsRoute } from './notifications/notifications-route';
import { RequestsPage } from './requests/requests-page';
import { DocumentsPage } from './documents/documents-page';
import { PrintQueuePage } from './letters/print-queue-page';
import { UploadsPage } from './uploads/uploads-page';

const allowedRoles: readonly Role[] = ['PARTNER'];

/** The screens, home first (also the navigation); built at render so the labels follow the language. */
function useRoutes(): PortalRoute[] {
  const t = useT();
  return [
    { path: '', label: t('Children'), render: () => <PartnerHome /> },
    { path: 'letters', label: t('Letters'), render: () => <PrintQueuePage /> },
    { path: 'uploads', label: t('Upload photos'), render: () => <UploadsPage /> },
    { path: 'requests', label: t('Requests'), render: () => <RequestsPage /> },
    { path: 'documents', label: t('Documents'), render: () => <DocumentsPage /> },
    { path: 'notifications', label: t('Notifications'), render: () => <NotificationsRoute />, badge: () => <UnreadBadge /> },
    { path: 'account', label: t('Your account'), render: () => <AccountPage /> },
  ];
}

applyBrand(config.brand);

function App() {
  const t = useT();
  return (
    <PortalApp
      appName={t('Partner portal')}
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
