import type { Brand } from '@portal/ui';

/** Build-time configuration (Vite env), read once here. */
export const config = {
  apiUrl: import.meta.env.VITE_API_URL || '/graphql',
  basePath: import.meta.env.BASE_URL,
  brand: {
    name: import.meta.env.VITE_BRAND_NAME || 'Hope Sponsorship',
    logoUrl: import.meta.env.VITE_BRAND_LOGO_URL || null,
    primaryColor: import.meta.env.VITE_BRAND_PRIMARY_COLOR || '#1d6b4f',
  } satisfies Brand,
};
