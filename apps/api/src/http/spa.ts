import express, { type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '@portal/logger';

export const SPAS = ['sponsor', 'partner', 'admin'] as const;

/** Serves each built SPA at /<name>/ with an index.html fallback for client-side routes. */
export function mountSpas(app: Express, distRoot: string | null, log: Logger): void {
  const root = distRoot ?? path.resolve(__dirname, '../../../');
  const mounted: string[] = [];
  for (const name of SPAS) {
    const dir = path.join(root, name, 'dist');
    const index = path.join(dir, 'index.html');
    if (!fs.existsSync(index)) continue;
    app.use(`/${name}`, express.static(dir, { index: false, maxAge: '1h' }));
    app.get(`/${name}{/*rest}`, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
    mounted.push(name);
  }
  if (mounted.length < SPAS.length) {
    log.warn({ mounted, root }, 'some SPAs are not built; run `pnpm build` to serve them');
  }
  app.get('/', (_req, res) => {
    res.type('html').send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CRM portal</title></head><body><main><h1>CRM portal</h1><ul>` +
        SPAS.map((n) => `<li><a href="/${n}/">${n[0].toUpperCase()}${n.slice(1)} app</a></li>`).join('') +
        `<li><a href="/graphql">GraphQL API</a></li></ul></main></body></html>`,
    );
  });
}
