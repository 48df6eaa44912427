/**
 * Where a notification's item opens: inside this SPA (a path below its base) when the route is
 * under it, else a full page load (another app of the portal).
 */
export function itemTarget(itemRoute: string | null, basePath: string): { inApp: string } | { href: string } {
  const route = itemRoute ?? '/';
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (route === base.slice(0, -1) || route.startsWith(base)) return { inApp: route.slice(base.length) };
  return { href: route };
}
