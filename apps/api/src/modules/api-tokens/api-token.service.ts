import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import type { Viewer } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { ApiToken } from './api-token.entity';
import type { ApiScope } from './api-scope';

/** Every API token starts with this, so a leaked one is easy to recognize (and to scan for). */
export const API_TOKEN_PREFIX = 'cpt_';
const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const looksLikeApiToken = (bearer: string): boolean => bearer.startsWith(API_TOKEN_PREFIX);

/** Resolves an API token to an integrator viewer, or null when unknown, revoked or expired. */
export async function authenticateApiToken(db: EntityManager, secret: string): Promise<Viewer | null> {
  if (secret.length > 100) return null;
  const token = await db.findOne(ApiToken, { where: { tokenHash: hash(secret) } });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= Date.now())) return null;
  // Record use at most once a minute: one write per request would be waste.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.update(ApiToken, { id: token.id }, { lastUsedAt: new Date() });
  }
  return { kind: 'integrator', userId: token.id, role: null, partnerOrganizationId: null, accountId: null, isAccountAdmin: false, scopes: token.scopes };
}

export interface CreatedApiToken {
  apiToken: ApiToken | null;
  secret: string | null;
  userErrors: UserError[];
}

/** Creates a token; the clear secret is returned this once and never stored. */
export async function createApiToken(ctx: Context, name: string, scopes: ApiScope[], expiresInDays: number | null | undefined): Promise<CreatedApiToken> {
  const fail = (code: UserErrorCode, message: string, field: string): CreatedApiToken => ({ apiToken: null, secret: null, userErrors: [userError(code, message, ['input', field])] });
  if (!name.trim() || name.length > 100) return fail(UserErrorCode.REQUIRED, 'Give the token a name of at most 100 characters.', 'name');
  if (scopes.length === 0) return fail(UserErrorCode.REQUIRED, 'Choose at least one scope.', 'scopes');
  if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > 730)) return fail(UserErrorCode.INVALID, 'Expiry must be between 1 and 730 days.', 'expiresInDays');
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const apiToken = await ctx.db.transaction(async (em) => {
    const row = em.create(ApiToken, {
      id: randomUUID(),
      name: name.trim(),
      prefix: secret.slice(0, 12),
      tokenHash: hash(secret),
      scopes: [...new Set(scopes)],
      createdById: ctx.viewer!.userId,
      expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
      lastUsedAt: null,
      revokedAt: null,
    });
    await em.insert(ApiToken, row);
    await audit(ctx, { action: 'api_token.created', targetType: 'ApiToken', targetId: row.id, details: { name: row.name, scopes: row.scopes } }, em);
    return em.findOneOrFail(ApiToken, { where: { id: row.id } });
  });
  return { apiToken, secret, userErrors: [] };
}

/** Revokes a token at once; revoking twice is harmless. */
export async function revokeApiToken(ctx: Context, globalId: string): Promise<{ apiToken: ApiToken | null; userErrors: UserError[] }> {
  const id = fromGlobalIdOfType(globalId, 'ApiToken');
  const token = id ? await ctx.db.findOne(ApiToken, { where: { id } }) : null;
  if (!token) throw notFound('No API token with this ID.');
  if (!token.revokedAt) {
    await ctx.db.transaction(async (em) => {
      await em.update(ApiToken, { id: token.id }, { revokedAt: new Date() });
      await audit(ctx, { action: 'api_token.revoked', targetType: 'ApiToken', targetId: token.id, details: { name: token.name } }, em);
    });
  }
  return { apiToken: await ctx.db.findOneOrFail(ApiToken, { where: { id: token.id } }), userErrors: [] };
}
