import '@portal/ui/theme.css';
import type { Role } from '@portal/graphql-types';
import { applyBrand, PortalApp, UnreadBadge, type PortalRoute, useT } from '@portal/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AccountArea } from './account-people/account-area';
import { config } from './config';
import { FeedPage } from './feed/feed-page';
import { SponsorHome } from './home/sponsor-home';
import { LettersRoute } from './notifications/letters-route';
import { NotificationsRoute } from './notifications/notifications-route';
import { RequestsPage } from './requests/requests-page';
import { DocumentsPage } from './documents/documents-page';

const allowedRoles: readonly Role[] = ['SPONSOR'];

/** The screens, home first (also the navigation); built at render so the labels follow the language. */
function useRoutes(): PortalRoute[] {
  const t = useT();
  return [
    { path: '', label: t('My children'), render: () => <SponsorHome /> },
    { path: 'news', label: t('News'), render: () => <FeedPage /> },
    { path: 'letters', label: t('Letters'), render: () => <LettersRoute /> },
    { path: 'requests', label: t('Requests'), render: () => <RequestsPage /> },
    { path: 'documents', label: t('Documents'), render: () => <DocumentsPage /> },
    { path: 'notifications', label: t('Notifications'), render: () => <NotificationsRoute />, badge: () => <UnreadBadge /> },
    { path: 'account', label: t('Your account'), render: () => <AccountArea /> },
  ];
}

applyBrand(config.brand);

function App() {
  return (
    <PortalApp
      appName={config.brand.name}
      logoUrl={config.brand.logoUrl}
      apiUrl={config.apiUrl}
      basePath={config.basePath}
      allowedRoles={allowedRoles}
      routes={useRoutes()}
      magicLinks
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
