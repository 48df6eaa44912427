import { useEffect, useState } from 'react';

/**
 * The `#token=…` of an emailed link, read once; the fragment is then removed from the address bar
 * (and this history entry) so the token is not left in history, bookmarks or screenshots.
 */
export function useFragmentToken(): string | null {
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('token'));
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);
  return token;
}
