import { z } from 'zod';
import path from 'node:path';

/** Every environment variable the portal reads, with its default. Mirrors .env.example. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  CORS_ORIGINS: z.string().default(''),
  JWT_ISSUER: z.string().default('crm-portal'),
  JWT_AUDIENCE: z.string().default('crm-portal-api'),
  JWT_PRIVATE_KEY: z.string().optional(),
  JWT_KEY_ID: z.string().optional(),
  JWT_PREVIOUS_PUBLIC_KEYS: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  COOKIE_SECURE: z
    .enum(['true', 'false', 'auto'])
    .default('auto'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  DEMO_PASSWORD: z.string().min(8).default('portal-demo-2026'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SPA_DIST_ROOT: z.string().optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(1).default(20),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(2000),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(20000),
  GRAPHQL_BUDGET_PER_MINUTE: z.coerce.number().int().min(10).default(200000),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGN_IN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  STAFF_TWO_FACTOR: z.enum(['required', 'optional']).default('required'),
  SALESFORCE_LOGIN_URL: z.string().url().optional(),
  SALESFORCE_CLIENT_ID: z.string().optional(),
  SALESFORCE_USERNAME: z.string().optional(),
  SALESFORCE_PRIVATE_KEY: z.string().optional(),
  SALESFORCE_CLIENT_SECRET: z.string().optional(),
  SALESFORCE_PASSWORD: z.string().optional(),
  SALESFORCE_API_VERSION: z.string().regex(/^\d+\.0$/).default('62.0'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('CRM Portal <no-reply@portal.localhost>'),
  NOTIFICATION_EMAIL_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  SYNC_ENABLED: z.enum(['true', 'false']).default('true'),
  SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(5).default(60),
  SYNC_OVERLAP_SECONDS: z.coerce.number().int().min(0).default(300),
  SYNC_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  SYNC_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).default(30),
  SYNC_API_BUDGET_SHARE: z.coerce.number().gt(0).max(1).default(0.8),
  SYNC_API_THROTTLE_MS: z.coerce.number().int().min(0).default(2000),
  SYNC_API_SKIP_CYCLES: z.coerce.number().int().min(0).default(3),
  S3_ENDPOINT: z.string().optional(),
  S3_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  S3_USE_SSL: z.enum(['true', 'false']).default('true'),
  S3_ACCESS_KEY: z.string().optional(),
  S3_SECRET_KEY: z.string().optional(),
  S3_BUCKET: z.string().default('portal-media'),
  S3_REGION: z.string().default('us-east-1'),
  STORAGE_SECRET: z.string().min(32).optional(),
  MEDIA_ORIGINAL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  MEDIA_ABANDONED_UPLOAD_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24),
});

/** How to reach a real Salesforce org; null means: run the bundled sandbox. */
export type SalesforceConfig =
  | { kind: 'jwt'; loginUrl: string; clientId: string; username: string; privateKey: string; apiVersion: string }
  | { kind: 'password'; loginUrl: string; clientId: string; clientSecret: string; username: string; password: string; apiVersion: string };

/** S3/MinIO when S3_ENDPOINT is set; otherwise files under DATA_DIR/storage with HMAC-signed URLs. */
export type StorageConfig =
  | { kind: 's3'; endpoint: string; port: number | null; useSSL: boolean; accessKey: string; secretKey: string; bucket: string; region: string }
  | { kind: 'local'; rootDir: string; secret: string | null };

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  /** null means: start the embedded PGlite database inside DATA_DIR. */
  databaseUrl: string | null;
  publicUrl: string | null;
  corsOrigins: string[];
  jwt: {
    issuer: string;
    audience: string;
    privateKeyPem: string | null;
    keyId: string | null;
    /** Public keys of earlier signing keys by kid: their tokens stay valid after a rotation. */
    previousPublicKeys: Record<string, string>;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
  };
  cookieSecure: 'true' | 'false' | 'auto';
  seedDemoData: boolean;
  demoPassword: string;
  logLevel: Env['LOG_LEVEL'];
  /** Whether staff must use an authenticator app to sign in. */
  staffTwoFactorRequired: boolean;
  spaDistRoot: string | null;
  /** Outgoing mail server; null means: capture mail locally (DATA_DIR/mail) for staff to read. */
  smtp: { host: string; port: number; secure: boolean; user: string | null; password: string | null } | null;
  mailFrom: string;
  /** How long a notification's email waits; read in the portal meanwhile, it is not sent. */
  notificationEmailDelaySeconds: number;
  salesforce: SalesforceConfig | null;
  sync: {
    enabled: boolean;
    intervalSeconds: number;
    overlapSeconds: number;
    maxAttempts: number;
    retryBaseSeconds: number;
    /** Above this share of the daily API limit (Sforce-Limit-Info) the sync slows down. */
    apiBudgetShare: number;
    /** Pause before each Salesforce call while above the share. */
    apiThrottleMs: number;
    /** Scheduled runs skipped after each run while above the share. */
    apiSkipCycles: number;
  };
  storage: StorageConfig;
  /** Days an uploaded original is kept after processing; display and thumbnail stay. */
  mediaOriginalRetentionDays: number;
  /** Hours after which an upload whose file never fully arrived (parts left open) is aborted and marked EXPIRED. */
  mediaAbandonedUploadHours: number;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    budgetPerMinute: number;
    signInFailuresPerAccount: number;
    signInAttemptsPerIp: number;
    signInWindowSeconds: number;
  };
}

export class ConfigError extends Error {}

function smtpConfig(raw: string): NonNullable<Config['smtp']> {
  const url = new URL(raw);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    user: url.username ? decodeURIComponent(url.username) : null,
    password: url.password ? decodeURIComponent(url.password) : null,
  };
}

/** Salesforce credentials: JWT bearer (private key) or password grant (client secret + password); none: sandbox. */
function salesforceConfig(e: Env): SalesforceConfig | null {
  const { SALESFORCE_LOGIN_URL: loginUrl, SALESFORCE_CLIENT_ID: clientId, SALESFORCE_USERNAME: username } = e;
  if (!loginUrl && !clientId && !username) return null;
  if (!loginUrl || !clientId || !username) {
    throw new ConfigError('Invalid configuration:\n  SALESFORCE_LOGIN_URL, SALESFORCE_CLIENT_ID and SALESFORCE_USERNAME go together');
  }
  if (e.SALESFORCE_PRIVATE_KEY) {
    return { kind: 'jwt', loginUrl, clientId, username, privateKey: e.SALESFORCE_PRIVATE_KEY.replace(/\\n/g, '\n'), apiVersion: e.SALESFORCE_API_VERSION };
  }
  if (e.SALESFORCE_CLIENT_SECRET && e.SALESFORCE_PASSWORD) {
    return { kind: 'password', loginUrl, clientId, clientSecret: e.SALESFORCE_CLIENT_SECRET, username, password: e.SALESFORCE_PASSWORD, apiVersion: e.SALESFORCE_API_VERSION };
  }
  throw new ConfigError('Invalid configuration:\n  SALESFORCE_PRIVATE_KEY (JWT bearer) or SALESFORCE_CLIENT_SECRET + SALESFORCE_PASSWORD is required');
}

/** Object storage: S3_ENDPOINT with both keys selects S3/MinIO; none of them the local folder. */
function storageConfig(e: Env, dataDir: string): StorageConfig {
  if (!e.S3_ENDPOINT && !e.S3_ACCESS_KEY && !e.S3_SECRET_KEY) {
    return { kind: 'local', rootDir: path.join(dataDir, 'storage'), secret: e.STORAGE_SECRET ?? null };
  }
  if (!e.S3_ENDPOINT || !e.S3_ACCESS_KEY || !e.S3_SECRET_KEY) {
    throw new ConfigError('Invalid configuration:\n  S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY go together');
  }
  return {
    kind: 's3',
    endpoint: e.S3_ENDPOINT,
    port: e.S3_PORT ?? null,
    useSSL: e.S3_USE_SSL === 'true',
    accessKey: e.S3_ACCESS_KEY,
    secretKey: e.S3_SECRET_KEY,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
  };
}

/** JWT_PREVIOUS_PUBLIC_KEYS is a JSON object {"<kid>": "<PEM public key>"}. */
function parseKeyMap(raw: string | undefined): Record<string, string> {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError('Invalid configuration:\n  JWT_PREVIOUS_PUBLIC_KEYS: not JSON; expected {"kid": "PEM"}');
  }
  if (!value || typeof value !== 'object' || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new ConfigError('Invalid configuration:\n  JWT_PREVIOUS_PUBLIC_KEYS: expected {"kid": "PEM"}');
  }
  return Object.fromEntries(Object.entries(value as Record<string, string>).map(([k, v]) => [k, v.replace(/\\n/g, '\n')]));
}

/** Parses an environment (process.env by default) into a typed Config, throwing one readable error. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    publicUrl: e.PUBLIC_URL ?? null,
    corsOrigins: e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    jwt: {
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      privateKeyPem: e.JWT_PRIVATE_KEY ? e.JWT_PRIVATE_KEY.replace(/\\n/g, '\n') : null,
      keyId: e.JWT_KEY_ID ?? null,
      previousPublicKeys: parseKeyMap(e.JWT_PREVIOUS_PUBLIC_KEYS),
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    },
    cookieSecure: e.COOKIE_SECURE,
    seedDemoData: e.SEED_DEMO_DATA === 'true',
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    staffTwoFactorRequired: e.STAFF_TWO_FACTOR === 'required',
    spaDistRoot: e.SPA_DIST_ROOT ?? null,
    smtp: e.SMTP_URL ? smtpConfig(e.SMTP_URL) : null,
    mailFrom: e.MAIL_FROM,
    notificationEmailDelaySeconds: e.NOTIFICATION_EMAIL_DELAY_SECONDS,
    salesforce: salesforceConfig(e),
    sync: {
      enabled: e.SYNC_ENABLED === 'true',
      intervalSeconds: e.SYNC_INTERVAL_SECONDS,
      overlapSeconds: e.SYNC_OVERLAP_SECONDS,
      maxAttempts: e.SYNC_MAX_ATTEMPTS,
      retryBaseSeconds: e.SYNC_RETRY_BASE_SECONDS,
      apiBudgetShare: e.SYNC_API_BUDGET_SHARE,
      apiThrottleMs: e.SYNC_API_THROTTLE_MS,
      apiSkipCycles: e.SYNC_API_SKIP_CYCLES,
    },
    storage: storageConfig(e, path.resolve(e.DATA_DIR)),
    mediaOriginalRetentionDays: e.MEDIA_ORIGINAL_RETENTION_DAYS,
    mediaAbandonedUploadHours: e.MEDIA_ABANDONED_UPLOAD_HOURS,
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxCost: e.GRAPHQL_MAX_COST,
      budgetPerMinute: e.GRAPHQL_BUDGET_PER_MINUTE,
      signInFailuresPerAccount: e.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      signInAttemptsPerIp: e.SIGN_IN_MAX_ATTEMPTS_PER_IP,
      signInWindowSeconds: e.SIGN_IN_WINDOW_SECONDS,
    },
  };
}
