import { createVerify } from 'node:crypto';

export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
}

/** An OAuth error as the token endpoint reports it: `{ error, error_description }`. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

function decodePart(part: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (!value || typeof value !== 'object') throw new Error('not an object');
  return value as Record<string, unknown>;
}

/**
 * Checks a JWT bearer assertion the way Salesforce's token endpoint does: well-formed, RS256,
 * not expired, issued for the client; the signature only when a public key is configured.
 */
export function verifyAssertion(assertion: string, options: { clientId: string; publicKey?: string; nowMs: number }): JwtClaims {
  const parts = assertion.split('.');
  if (parts.length !== 3) throw new OAuthError('invalid_grant', 'invalid assertion');
  let header: Record<string, unknown>;
  let claims: JwtClaims;
  try {
    header = decodePart(parts[0]);
    claims = decodePart(parts[1]) as JwtClaims;
  } catch {
    throw new OAuthError('invalid_grant', 'invalid assertion');
  }
  if (header.alg !== 'RS256') throw new OAuthError('invalid_grant', 'invalid assertion');
  if (claims.iss !== options.clientId) throw new OAuthError('invalid_client_id', 'client identifier invalid');
  if (!claims.sub) throw new OAuthError('invalid_grant', 'invalid assertion');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < options.nowMs) {
    throw new OAuthError('invalid_grant', 'expired authorization code');
  }
  if (!claims.aud) throw new OAuthError('invalid_grant', 'audience is invalid');
  if (options.publicKey) {
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${parts[0]}.${parts[1]}`);
    if (!verifier.verify(options.publicKey, Buffer.from(parts[2], 'base64url'))) {
      throw new OAuthError('invalid_grant', 'invalid assertion');
    }
  }
  return claims;
}
