import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

interface RouterValue {
  /** Path below the base, without slashes at either end ("" for the home screen). */
  path: string;
  /** True once the person has moved between screens (not on the first load). */
  navigated: boolean;
  href: (to: string) => string;
  navigate: (to: string) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

const trimSlashes = (s: string) => s.replace(/^\/+|\/+$/g, '');

function currentPath(base: string): string {
  const pathname = window.location.pathname;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return trimSlashes(rest);
}

/** A tiny history-API router for apps with a handful of screens under one base path ("/sponsor/"). */
export function Router({ base, children }: { base: string; children: ReactNode }) {
  const normalizedBase = base.endsWith('/') ? base : `${base}/`;
  const [path, setPath] = useState(() => currentPath(normalizedBase));
  const [navigated, setNavigated] = useState(false);

  useEffect(() => {
    const onPop = () => {
      setPath(currentPath(normalizedBase));
      setNavigated(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [normalizedBase]);

  const href = useCallback((to: string) => normalizedBase + trimSlashes(to), [normalizedBase]);
  const navigate = useCallback(
    (to: string) => {
      const target = trimSlashes(to);
      window.history.pushState(null, '', normalizedBase + target);
      setPath(target);
      setNavigated(true);
    },
    [normalizedBase],
  );

  const value = useMemo(() => ({ path, navigated, href, navigate }), [path, navigated, href, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The router state and actions. */
export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter must be used inside <Router>');
  return value;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

/** An ordinary link that navigates without reloading (modified clicks still open a new tab). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.navigate(to);
  };
  return <a href={router.href(to)} onClick={handle} {...rest} />;
}
