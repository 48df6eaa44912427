import { createContext, useContext } from 'react';

/** What every screen may need to know about the app it is in. */
export interface PortalInfo {
  appName: string;
  logoUrl?: string | null;
}

export const PortalContext = createContext<PortalInfo>({ appName: 'Portal' });

/** The app's name and logo. */
export function usePortal(): PortalInfo {
  return useContext(PortalContext);
}
