import type { Brand } from '@portal/ui';

const apiUrl = import.meta.env.VITE_API_URL || '/graphql';

/** Build-time configuration (Vite env), read once here. */
export const config = {
  apiUrl,
  /** The audit log as CSV; served next to /graphql. */
  auditCsvUrl: new URL('/exports/audit-events.csv', new URL(apiUrl, window.location.href)).href,
  basePath: import.meta.env.BASE_URL,
  brand: { name: 'Admin portal', logoUrl: null, primaryColor: '#1f3a5f' } satisfies Brand,
};
