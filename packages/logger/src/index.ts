import pino, { type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level?: string;
  pretty?: boolean;
}

/** Creates the portal's logger: JSON lines, or pretty lines on a terminal in development. */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const pretty = opts.pretty ?? (process.stdout.isTTY && process.env.NODE_ENV !== 'production');
  return pino({
    level: opts.level ?? 'info',
    base: { service: 'crm-portal' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', 'password', '*.token'],
      censor: '[redacted]',
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss' } } } : {}),
  });
}
