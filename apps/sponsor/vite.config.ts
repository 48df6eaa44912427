import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const DEFAULT_BRAND_NAME = 'Hope Sponsorship';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// The page title before the app runs (and for crawlers) carries the configured brand name.
function brandTitle(name: string): Plugin {
  return { name: 'brand-title', transformIndexHtml: (html) => html.replace('%BRAND_NAME%', escapeHtml(name)) };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, fileURLToPath(new URL('.', import.meta.url)), 'VITE_');
  return {
    base: '/sponsor/',
    plugins: [react(), brandTitle(env.VITE_BRAND_NAME || DEFAULT_BRAND_NAME)],
    resolve: { dedupe: ['react', 'react-dom', '@apollo/client', 'graphql', 'rxjs'] },
    server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000' } },
    build: { outDir: 'dist', emptyOutDir: true },
  };
});
