import type { ReactNode } from 'react';
import { Link } from '../router/router';
import { Button } from './button';
import { Logo } from './logo';
import { usePortal } from './portal-context';
import { useT } from '../i18n/i18n';

export interface NavItem {
  /** Path below the app's base; "" is the home screen. */
  path: string;
  label: string;
  /** Shown after the label, e.g. an unread count. */
  badge?: () => ReactNode;
}

export interface LayoutProps {
  nav: readonly NavItem[];
  /** The path of the screen shown, to mark its link as current. */
  currentPath: string;
  userName: string;
  onSignOut: () => void;
  children: ReactNode;
}

/** The signed-in frame: header with brand, navigation and sign-out, then the one <main>. */
export function Layout({ nav, currentPath, userName, onSignOut, children }: LayoutProps) {
  const t = useT();
  const { appName, logoUrl } = usePortal();
  return (
    <>
      <header className="app-header">
        <a className="skip-link" href="#main">
          {t('Skip to main content')}
        </a>
        <div className="app-header-inner">
          <Link to="" className="brand">
            <Logo url={logoUrl} />
            <span>{appName}</span>
          </Link>
          <nav className="app-nav" aria-label={t('Main')}>
            <ul>
              {nav.map((item) => (
                <li key={item.path}>
                  <Link to={item.path} aria-current={item.path === currentPath ? 'page' : undefined}>
                    {item.label}
                    {item.badge?.()}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-user">
            <span>
              {t('Signed in as')} <strong>{userName}</strong>
            </span>
            <Button variant="secondary" onClick={onSignOut}>
              {t('Sign out')}
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
