import type { Role } from '@portal/graphql-types';
import type { ReactNode } from 'react';
import { publicPage } from '../auth/public-pages';
import { Router, useRouter } from '../router/router';
import { SessionProvider, useSession } from '../session/session-provider';
import { TwoFactorSignIn } from '../two-factor/two-factor-sign-in';
import { Layout } from './layout';
import { PortalContext, type PortalInfo } from './portal-context';
import { SignInPage } from './sign-in-page';
import { Spinner } from './spinner';
import { useTranslation } from 'react-i18next';
import { useT } from '../i18n/i18n';

export interface PortalRoute {
  /** Path below the base; "" is the home screen. */
  path: string;
  /** The navigation link's text. */
  label: string;
  render: () => ReactNode;
  /** Shown after the navigation link's text, e.g. an unread count. */
  badge?: () => ReactNode;
}

export interface PortalAppProps extends PortalInfo {
  apiUrl: string;
  /** Where the app is served, e.g. "/sponsor/" (Vite's BASE_URL). */
  basePath: string;
  allowedRoles: readonly Role[];
  /** Screens, home first; also the navigation. */
  routes: readonly PortalRoute[];
  /** Offers sign-in links by email (for sponsors, who rarely remember a password). */
  magicLinks?: boolean;
}

function Screens({ routes, magicLinks }: { routes: readonly PortalRoute[]; magicLinks: boolean }) {
  const t = useT();
  const { state, signIn, signOut } = useSession();
  const { path } = useRouter();

  // Pages opened from emailed links work in any session state, even while it is being restored.
  const open = publicPage(path, { magicLinks });
  if (open) return open;

  if (state.status === 'loading') {
    return (
      <main id="main" className="spinner-page" aria-busy="true">
        <h1 className="visually-hidden">{t('Loading')}</h1>
        <Spinner />
      </main>
    );
  }
  if (state.status === 'signedOut') return <SignInPage onSignIn={signIn} notice={state.notice} magicLinks={magicLinks} />;
  if (state.status === 'twoFactor') return <TwoFactorSignIn challenge={state.challenge} />;

  // Unknown paths show the home screen rather than a dead end.
  // A path below a screen's ("letters/<id>") belongs to that screen, which reads the rest itself.
  const route = routes.find((r) => r.path === path) ?? routes.find((r) => r.path && path.startsWith(`${r.path}/`)) ?? routes[0];
  return (
    <Layout nav={routes} currentPath={route.path} userName={state.user.displayName} onSignOut={() => void signOut()}>
      {route.render()}
    </Layout>
  );
}

/** A whole portal: session, sign-in, role check, signed-in layout and screens. */
export function PortalApp({ appName, logoUrl, apiUrl, basePath, allowedRoles, routes, magicLinks = false }: PortalAppProps) {
  // A new language redraws every screen (the session and Apollo's cache stay), so no text is left behind.
  const { i18n } = useTranslation();
  return (
    <PortalContext.Provider value={{ appName, logoUrl }}>
      <SessionProvider apiUrl={apiUrl} allowedRoles={allowedRoles}>
        <Router base={basePath}>
          <Screens key={i18n.language} routes={routes} magicLinks={magicLinks} />
        </Router>
      </SessionProvider>
    </PortalContext.Provider>
  );
}
