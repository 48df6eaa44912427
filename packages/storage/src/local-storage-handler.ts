import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidObjectKeyError, assertSafeKey } from './object-key';
import { contentDisposition } from './object-storage';
import { UploadTooLargeError, type LocalObjectStorage } from './local-object-storage';

type Next = (error?: unknown) => void;
type RequestWithOriginalUrl = IncomingMessage & { originalUrl?: string };

const PREFIX = '/storage/';

/**
 * Serves LocalObjectStorage's presigned URLs: verifies signature and expiry, enforces the signed
 * content type and size on PUT while streaming, and serves GET. A plain Node handler; mounted as
 * Express middleware it passes requests outside `/storage/` on to `next`.
 */
export function createLocalStorageHandler(storage: LocalObjectStorage): (req: IncomingMessage, res: ServerResponse, next?: Next) => void {
  return (req, res, next) => {
    // Express strips the mount path from req.url; the signed key is in the full path.
    const url = new URL((req as RequestWithOriginalUrl).originalUrl ?? req.url ?? '/', 'http://local');
    if (!url.pathname.startsWith(PREFIX)) {
      if (next) return next();
      return reply(res, 404, 'Not found');
    }
    handle(storage, req, res, url).catch((error: unknown) => {
      if (!res.headersSent) reply(res, 500, 'Storage error');
      else res.destroy(error instanceof Error ? error : undefined);
    });
  };
}

async function handle(storage: LocalObjectStorage, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  let key: string;
  try {
    key = url.pathname.slice(PREFIX.length).split('/').map(decodeURIComponent).join('/');
    assertSafeKey(key);
  } catch (error) {
    if (error instanceof URIError || error instanceof InvalidObjectKeyError) return reply(res, 400, 'Invalid key');
    throw error;
  }

  const check = storage.verifyRequest(key, url.searchParams);
  if (!check.ok) return reply(res, 403, check.reason === 'expired' ? 'Link expired' : 'Invalid signature');
  const { grant } = check;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  if (method !== grant.method) return reply(res, 403, `This link allows ${grant.method} only`);

  if (grant.method === 'GET') return serve(storage, key, req.method === 'HEAD', grant.downloadName, res);

  if (grant.contentType !== undefined && mediaType(req.headers['content-type']) !== mediaType(grant.contentType)) {
    return reply(res, 415, `Content-Type must be ${grant.contentType}`);
  }
  const declared = Number(req.headers['content-length']);
  if (grant.maxBytes !== undefined && declared > grant.maxBytes) return refuseOversize(req, res, grant.maxBytes);
  try {
    const etag = await storage.receiveSignedUpload(grant, req);
    res.writeHead(200, { ETag: `"${etag}"`, 'Content-Length': 0 });
    res.end();
  } catch (error) {
    if (error instanceof UploadTooLargeError) return refuseOversize(req, res, error.maxBytes);
    throw error;
  }
}

async function serve(storage: LocalObjectStorage, key: string, headOnly: boolean, downloadName: string | undefined, res: ServerResponse): Promise<void> {
  const info = await storage.statObject(key);
  if (!info) return reply(res, 404, 'Not found');
  res.writeHead(200, {
    'Content-Type': info.contentType,
    'Content-Length': info.size,
    ETag: `"${info.etag}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=0',
    ...(downloadName ? { 'Content-Disposition': contentDisposition(downloadName) } : {}),
  });
  if (headOnly) return void res.end();
  (await storage.getObject(key)).pipe(res);
}

// Stops reading an oversize body: answer 413 and close the connection rather than drain gigabytes.
function refuseOversize(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  res.setHeader('Connection', 'close');
  reply(res, 413, `Upload exceeds ${maxBytes} bytes`);
  res.on('finish', () => req.destroy());
}

function reply(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(message) });
  res.end(message);
}

const mediaType = (value: string | undefined) => (value ?? '').split(';')[0].trim().toLowerCase();
