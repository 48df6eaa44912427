import '@portal/ui/theme.css';
import type { Role } from '@portal/graphql-types';
import { applyBrand, PortalApp, type PortalRoute } from '@portal/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AccountArea } from './account-people/account-area';
import { config } from './config';
import { FeedPage } from './feed/feed-page';
import { RequestsPage } from './requests/requests-page';
import { messages as requestMessages } from './requests/messages';
import { LettersPage } from './letters/letters-page';
import { MyChildrenPage } from './my-children-page';

const allowedRoles: readonly Role[] = ['SPONSOR'];

const routes: PortalRoute[] = [
  { path: '', label: 'My children', render: () => <MyChildrenPage /> },
  { path: 'news', label: 'News', render: () => <FeedPage /> },
  { path: 'letters', label: 'Letters', render: () => <LettersPage /> },
  { path: 'requests', label: requestMessages.navLabel, render: () => <RequestsPage /> },
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
