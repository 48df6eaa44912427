import { useEffect } from 'react';

/** Sets the tab title to "Screen · App". */
export function useDocumentTitle(title: string, appName: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
