import type { Brand } from '@portal/ui';

/** Build-time configuration (Vite env), read once here. */
export const config = {
  apiUrl: import.meta.env.VITE_API_URL || '/graphql',
  basePath: import.meta.env.BASE_URL,
  brand: { name: 'Partner portal', logoUrl: null, primaryColor: '#6a3d8f' } satisfies Brand,
};
