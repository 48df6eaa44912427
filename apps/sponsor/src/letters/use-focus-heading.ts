import { useEffect, useRef } from 'react';

/** Moves focus to the screen's heading when `key` changes (not on the first render), like a page change. */
export function useFocusHeading(key: unknown): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [key]);
}
