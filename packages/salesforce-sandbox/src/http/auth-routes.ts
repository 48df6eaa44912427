import { createHmac } from 'node:crypto';
import type { SObjectRecord } from '../schema/schema-types';
import type { ApiReply, ApiRequest, SandboxContext } from './http-types';
import { OAuthError, verifyAssertion } from './jwt-assertion';

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

function findUser(ctx: SandboxContext, username: string | undefined): SObjectRecord | undefined {
  if (!username) return undefined;
  return ctx.store.records('User').find((u) => String(u.Username).toLowerCase() === username.toLowerCase());
}

function tokenResponse(ctx: SandboxContext, user: SObjectRecord): ApiReply {
  const session = ctx.sessions.issue(user.Id, String(user.Username));
  const id = `${ctx.config.url}/id/${ctx.config.orgId}/${user.Id}`;
  const issuedAt = String(session.issuedAt);
  return {
    status: 200,
    body: {
      access_token: session.token,
      instance_url: ctx.config.url,
      id,
      token_type: 'Bearer',
      issued_at: issuedAt,
      signature: createHmac('sha256', ctx.config.clientSecret).update(id + issuedAt).digest('base64'),
      scope: 'api',
    },
  };
}

/** POST /services/oauth2/token: the password and JWT bearer grants. */
export function oauthToken(ctx: SandboxContext, req: ApiRequest): ApiReply {
  const form = new URLSearchParams(req.body);
  try {
    const grant = form.get('grant_type');
    if (grant === 'password') {
      if (form.get('client_id') !== ctx.config.clientId) throw new OAuthError('invalid_client_id', 'client identifier invalid');
      if (form.get('client_secret') !== ctx.config.clientSecret) throw new OAuthError('invalid_client', 'invalid client credentials');
      const user = findUser(ctx, form.get('username') ?? undefined);
      const known = ctx.users.find((u) => u.username.toLowerCase() === String(user?.Username).toLowerCase());
      if (!user || !known || known.password !== form.get('password')) throw new OAuthError('invalid_grant', 'authentication failure');
      return tokenResponse(ctx, user);
    }
    if (grant === JWT_GRANT) {
      const claims = verifyAssertion(form.get('assertion') ?? '', {
        clientId: ctx.config.clientId,
        publicKey: ctx.config.jwtPublicKey,
        nowMs: ctx.store.clock().getTime(),
      });
      const user = findUser(ctx, claims.sub);
      if (!user) throw new OAuthError('invalid_grant', "user hasn't approved this consumer");
      return tokenResponse(ctx, user);
    }
    throw new OAuthError('unsupported_grant_type', 'grant type not supported');
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    return { status: error.status, body: { error: error.error, error_description: error.description } };
  }
}

/** POST /services/oauth2/revoke. */
export function oauthRevoke(ctx: SandboxContext, req: ApiRequest): ApiReply {
  const token = new URLSearchParams(req.body).get('token') ?? req.query.get('token') ?? '';
  if (!ctx.sessions.revoke(token)) return { status: 400, body: { error: 'unsupported_token_type', error_description: 'this token type is not supported' } };
  return { status: 200, text: '' };
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function xmlUnescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** POST /services/Soap/u/{version}: the SOAP login jsforce uses when no OAuth client is configured. */
export function soapLogin(ctx: SandboxContext, req: ApiRequest, params: string[]): ApiReply {
  const username = xmlUnescape(/<username>([^<]*)<\/username>/.exec(req.body)?.[1] ?? '');
  const password = xmlUnescape(/<password>([^<]*)<\/password>/.exec(req.body)?.[1] ?? '');
  const user = findUser(ctx, username);
  const known = ctx.users.find((u) => u.username.toLowerCase() === username.toLowerCase());
  if (!user || !known || known.password !== password) {
    return {
      status: 500,
      contentType: 'text/xml; charset=utf-8',
      text:
        '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com"><soapenv:Body><soapenv:Fault><faultcode>INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>',
    };
  }
  const session = ctx.sessions.issue(user.Id, String(user.Username));
  const version = params[0];
  const serverUrl = `${ctx.config.url}/services/Soap/u/${version}/${ctx.config.orgId}`;
  return {
    status: 200,
    contentType: 'text/xml; charset=utf-8',
    text: `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"><soapenv:Body><loginResponse><result><metadataServerUrl>${ctx.config.url}/services/Soap/m/${version}/${ctx.config.orgId}</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>true</sandbox><serverUrl>${serverUrl}</serverUrl><sessionId>${xmlEscape(session.token)}</sessionId><userId>${user.Id}</userId><userInfo><organizationId>${ctx.config.orgId}</organizationId><userEmail>${xmlEscape(String(user.Email))}</userEmail><userFullName>${xmlEscape(String(user.Name))}</userFullName><userId>${user.Id}</userId><userName>${xmlEscape(String(user.Username))}</userName></userInfo></result></loginResponse></soapenv:Body></soapenv:Envelope>`,
  };
}

/** GET /id/{orgId}/{userId}: the identity service. */
export function identity(ctx: SandboxContext, req: ApiRequest, params: string[]): ApiReply {
  const token = req.query.get('oauth_token') ?? bearer(req);
  if (!token || !ctx.sessions.use(token)) return { status: 403, text: 'Bad_OAuth_Token', contentType: 'text/plain' };
  const user = ctx.store.findById(params[1]);
  if (!user || params[0] !== ctx.config.orgId) return { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'Not Found' }] };
  return {
    status: 200,
    body: {
      id: `${ctx.config.url}/id/${ctx.config.orgId}/${user.Id}`,
      user_id: user.Id,
      organization_id: ctx.config.orgId,
      username: user.Username,
      display_name: user.Name,
      email: user.Email,
      active: user.IsActive,
      user_type: 'STANDARD',
      urls: { rest: `${ctx.config.url}/services/data/v{version}/`, sobjects: `${ctx.config.url}/services/data/v{version}/sobjects/` },
    },
  };
}

/** The bearer token of a request, if any. */
export function bearer(req: ApiRequest): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^(?:Bearer|OAuth)\s+(.+)$/i.exec(header) : null;
  return match?.[1];
}
