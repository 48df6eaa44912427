import { useEffect, useRef, type ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useRouter } from '../router/router';
import { LanguageSwitcher } from '../i18n/language-picker';
import { Card } from './card';
import { Logo } from './logo';
import { usePortal } from './portal-context';

/**
 * The frame of the pages used before signing in (sign in, reset password, accept an invitation):
 * brand, then one card with the page's one heading, inside the page's one <main>. `focusHeading`
 * moves focus to the heading on arrival, for a step that replaces the form just submitted.
 */
export function AuthFrame({ title, focusHeading = false, children }: { title: string; focusHeading?: boolean; children: ReactNode }) {
  const { appName, logoUrl } = usePortal();
  const { navigated } = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title, appName);
  useEffect(() => {
    if (navigated || focusHeading) heading.current?.focus();
  }, [navigated, focusHeading]);
  return (
    <main id="main" className="signin">
      <p className="signin-brand">
        <Logo url={logoUrl} />
        <span>{appName}</span>
      </p>
      <Card>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </Card>
      <LanguageSwitcher />
    </main>
  );
}
