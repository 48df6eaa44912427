import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SalesforceError } from '../salesforce-error';
import { bearer } from './auth-routes';
import type { ApiReply, ApiRequest, SandboxContext } from './http-types';
import { AUTH_ROUTES, DATA_ROUTES, matchRoute } from './routes';

const DATA_PREFIX = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/;
const MAX_BODY_BYTES = 50 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new SalesforceError('JSON_PARSER_ERROR', 'request body too large', [], 413));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function errorReply(error: SalesforceError): ApiReply {
  const { fields, ...rest } = error.toBody();
  // Single-record REST errors carry `fields` only when there are some, like Salesforce's.
  return { status: error.status, body: [fields.length > 0 ? { ...rest, fields } : rest] };
}

/** Handles one request end to end: faults, routing, auth, API usage, errors. Never throws. */
async function handle(ctx: SandboxContext, raw: IncomingMessage): Promise<ApiReply | 'drop'> {
  const url = new URL(raw.url ?? '/', 'http://sandbox');
  const method = (raw.method ?? 'GET').toUpperCase();
  const req: ApiRequest = { method, path: url.pathname, query: url.searchParams, headers: raw.headers, body: '' };
  try {
    req.body = await readBody(raw);
    const fault = ctx.faults.take(method, req.path);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.drop) return 'drop';
    if (fault?.error) throw fault.error;

    const data = DATA_PREFIX.exec(req.path);
    if (!data) {
      const { handler, params } = matchRoute(AUTH_ROUTES, method, req.path);
      return await handler(ctx, req, params);
    }
    req.version = data[1];
    const { handler, params } = matchRoute(DATA_ROUTES, method, data[2] ?? '/');
    const token = bearer(req);
    const session = token ? ctx.sessions.use(token) : undefined;
    if (!session) throw new SalesforceError('INVALID_SESSION_ID', 'Session expired or invalid', [], 401);
    req.session = session;
    ctx.usage.count();
    return await handler(ctx, req, params);
  } catch (error) {
    if (error instanceof SalesforceError) return errorReply(error);
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: [{ errorCode: 'UNKNOWN_EXCEPTION', message }] };
  }
}

function send(ctx: SandboxContext, res: ServerResponse, reply: ApiReply): void {
  const headers: Record<string, string> = { 'Sforce-Limit-Info': ctx.usage.header(), ...reply.headers };
  if (reply.status === 204) {
    res.writeHead(204, headers).end();
    return;
  }
  const text = reply.text ?? JSON.stringify(reply.body ?? null);
  headers['Content-Type'] = reply.contentType ?? 'application/json;charset=UTF-8';
  res.writeHead(reply.status, headers).end(text);
}

/** An HTTP server speaking the Salesforce REST API over the sandbox context. */
export function createSandboxServer(ctx: SandboxContext): Server {
  return createServer((req, res) => {
    void handle(ctx, req).then((reply) => {
      if (reply === 'drop') req.socket.destroy();
      else send(ctx, res, reply);
    });
  });
}
