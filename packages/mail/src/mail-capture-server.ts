import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { toCapturedMail } from './captured-mail';
import type { MailStore } from './mail-store';
import { MemoryMailStore } from './memory-mail-store';

export interface MailCaptureOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A loopback address; the capture server has no auth and must not be reachable from outside. */
  host?: string;
  /** Where messages go; in memory by default. */
  store?: MailStore;
  /** Larger messages are refused with 552 (default 10 MiB). */
  maxMessageBytes?: number;
  /** Errors of single connections (a client hanging up), e.g. to log them; ignored by default. */
  onError?: (err: Error) => void;
}

export interface MailCapture {
  host: string;
  port: number;
  store: MailStore;
  /** Stops accepting mail; open connections are closed within a second. */
  stop(): Promise<void>;
}

/** Starts a local SMTP server that accepts any mail on loopback and keeps it in a MailStore. */
export async function startMailCapture(options: MailCaptureOptions = {}): Promise<MailCapture> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new Error(`The mail capture server listens on loopback only, not on "${host}"`);
  const store = options.store ?? new MemoryMailStore();
  const maxBytes = options.maxMessageBytes ?? 10 * 1024 * 1024;

  const server = new SMTPServer({
    banner: 'portal mail capture',
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    size: maxBytes,
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      // The reply to DATA waits for the store, so once send() resolves the message is listable.
      simpleParser(stream)
        .then(async (parsed) => {
          if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          const rcptTo = session.envelope.rcptTo.map((a) => a.address);
          await store.add(toCapturedMail(parsed, { rcptTo }, randomUUID(), new Date()));
          callback();
        })
        .catch((err: Error) => callback(Object.assign(new Error(`Could not store message: ${err.message}`), { responseCode: 451 })));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Errors on single connections must not crash the portal.
  server.on('error', options.onError ?? (() => undefined));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);

  return {
    host,
    port,
    store,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}
