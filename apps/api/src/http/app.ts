import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express, { type Express } from 'express';
import { randomUUID } from 'node:crypto';
import { buildAppSchema } from '../graphql/schema';
import { createContext, type AppServices, type Context } from '../graphql/context';
import { createErrorFormatter } from '../graphql/errors';
import { limitRules } from '../graphql/limits';
import { costPlugin } from '../graphql/cost-plugin';
import { CostBudget } from '../graphql/cost-budget';
import { mountSpas } from './spa';
import { auditCsvHandler } from '../modules/audit/audit-export';
import { printPackHandler } from '../modules/letters/print-pack';
import { replyScanRouter } from '../modules/letters/reply-scan.handler';
import { letterPhotoRouter } from '../modules/letters/letter-photos';
import { SignInThrottle } from '../modules/auth/sign-in-throttle';
import { prepareDummyHash } from '../auth/password';
import { attachMediaRuntime, createMediaRuntime, type MediaRuntime } from '../modules/media/media-runtime';
import { attachDocumentsRuntime, createDocumentsRuntime, type DocumentsRuntime } from '../modules/documents/documents-runtime';

export interface App {
  /** What every request's context shares (tests attach a sync runner here). */
  services: AppServices;
  express: Express;
  apollo: ApolloServer<Context>;
  /** Object storage and the media job queue; main.ts starts its worker. */
  media: MediaRuntime;
  /** The personal-archive job queue; main.ts starts its worker. */
  documents: DocumentsRuntime;
  stop(): Promise<void>;
}

/** Builds the HTTP application: health probes, /graphql, and the SPAs when they are built. */
export type AppDeps = Omit<AppServices, 'signInThrottle'>;

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, log, dataSource } = deps;
  const services: AppServices = {
    ...deps,
    signInThrottle: new SignInThrottle({
      perAccount: config.limits.signInFailuresPerAccount,
      perIp: config.limits.signInAttemptsPerIp,
      windowSeconds: config.limits.signInWindowSeconds,
    }),
  };
  // Unknown emails verify against this hash: made now, so the first one is not slower than the rest.
  await prepareDummyHash();
  const media = await createMediaRuntime({ config, log, dataSource });
  attachMediaRuntime(services, media);
  const documents = await createDocumentsRuntime({ config, log, dataSource, storage: media.storage });
  attachDocumentsRuntime(services, documents);
  const schema = await buildAppSchema();
  const budget = new CostBudget({
    maxOperationCost: config.limits.maxCost,
    pointsPerWindow: config.limits.budgetPerMinute,
    windowSeconds: 60,
  });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: limitRules(config.limits),
    plugins: [costPlugin(schema, budget)],
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

  // Presigned uploads and downloads of the local object storage (before any body parser).
  app.use(media.storageHandler);

  // Same-origin SPAs need no CORS; SPAs on their own origins must be on the allow-list.
  const corsOptions = cors<cors.CorsRequest>({ origin: config.corsOrigins, credentials: true });
  app.use(
    '/graphql',
    corsOptions,
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => createContext(services, req, res) }),
  );

  app.get('/exports/audit-events.csv', auditCsvHandler(services));
  app.get('/letters/print-pack.pdf', printPackHandler(services));
  app.use(replyScanRouter(services));
  app.use(letterPhotoRouter(services));

  mountSpas(app, config.spaDistRoot, log);

  return {
    express: app,
    apollo,
    media,
    documents,
    services,
    async stop() {
      await apollo.stop();
      await documents.stop();
      await media.stop();
    },
  };
}
