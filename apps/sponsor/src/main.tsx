import '@portal/ui/theme.css';
import type { Role } from '@portal/graphql-types';
import { applyBrand, PortalApp, UnreadBadge, type PortalRoute } from '@portal/ui';
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
import { messages as requestMessages } from './requests/messages';

const allowedRoles: readonly Role[] = ['SPONSOR'];

const routes: PortalRoute[] = [
  { path: '', label: 'My children', render: () => <SponsorHome /> },
  { path: 'news', label: 'News', render: () => <FeedPage /> },
  { path: 'letters', label: 'Letters', render: () => <LettersRoute /> },
  { path: 'requests', label: requestMessages.navLabel, render: () => <RequestsPage /> },
  { path: 'documents', label: 'Documents', render: () => <DocumentsPage /> },
  { path: 'notifications', label: 'Notifications', render: () => <NotificationsRoute />, badge: () => <UnreadBadge /> },
  { path: 'account', label: 'Your account', render: () => <AccountArea /> },
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
      magicLinks
    />
  </StrictMode>,
);
