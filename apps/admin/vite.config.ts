import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', '@apollo/client', 'graphql', 'rxjs'] },
  server: { port: 5175, proxy: { '/graphql': 'http://localhost:4000', '/exports': 'http://localhost:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
