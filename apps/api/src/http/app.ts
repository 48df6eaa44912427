import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express, { type Express } from 'express';
import { randomUUID } from 'node:crypto';
import { buildAppSchema } from '../graphql/schema';
import { createContext, type AppServices, type Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/errors';
import { mountSpas } from './spa';

export interface App {
  express: Express;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/** Builds the HTTP application: health probes, /graphql, and the SPAs when they are built. */
export async function createApp(services: AppServices): Promise<App> {
  const { config, log, dataSource } = services;
  const schema = await buildAppSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    formatError: createErrorFormatter(log),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (err) {
      log.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Same-origin SPAs need no CORS; SPAs on their own origins must be on the allow-list.
  const corsOptions = cors<cors.CorsRequest>({ origin: config.corsOrigins, credentials: true });
  app.use(
    '/graphql',
    corsOptions,
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => createContext(services, req, res) }),
  );

  mountSpas(app, config.spaDistRoot, log);

  return {
    express: app,
    apollo,
    async stop() {
      await apollo.stop();
    },
  };
}
