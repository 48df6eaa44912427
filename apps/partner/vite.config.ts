import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/partner/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', '@apollo/client', 'graphql', 'rxjs'] },
  server: { port: 5174, proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
