import { useEffect, useRef, type ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useRouter } from '../router/router';
import { usePortal } from './portal-context';

/** A screen's heading and title; after in-app navigation it moves focus to the heading. */
export function Page({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  const { appName } = usePortal();
  const { navigated } = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title, appName);
  useEffect(() => {
    if (navigated) heading.current?.focus();
  }, [navigated]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </>
  );
}
