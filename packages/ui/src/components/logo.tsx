/** The logo: the configured image, or a built-in mark. Decorative, since the name is shown beside it. */
export function Logo({ url }: { url?: string | null }) {
  if (url) return <img src={url} alt="" />;
  return (
    <svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="23" fill="currentColor" opacity="0.15" />
      <path
        d="M24 37s-11-6.6-11-14.2A6.3 6.3 0 0 1 24 19a6.3 6.3 0 0 1 11 3.8C35 30.4 24 37 24 37z"
        fill="currentColor"
      />
    </svg>
  );
}
