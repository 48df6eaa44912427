import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import type { SigningKey, VerifyKey } from './keys';
import type { Viewer } from './viewer';
import { Role } from '../modules/users/user.entity';

const ALGORITHM = 'ES256' as const;
const ROLES = new Set<string>(Object.values(Role));

export interface AccessTokenOptions {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/**
 * Signs and verifies short-lived access tokens. The algorithm, issuer and audience are pinned on both
 * sides; verification keys are looked up by `kid`, so old keys can stay valid while a new one signs.
 */
export class AccessTokens {
  private readonly verifyKeys = new Map<string, VerifyKey>();

  constructor(
    private readonly signingKey: SigningKey,
    private readonly opts: AccessTokenOptions,
    previousKeys: VerifyKey[] = [],
  ) {
    for (const k of [signingKey, ...previousKeys]) this.verifyKeys.set(k.kid, k);
  }

  sign(viewer: Viewer): string {
    return jwt.sign(
      { role: viewer.role, org: viewer.partnerOrganizationId, acct: viewer.accountId, aa: viewer.isAccountAdmin || undefined, typ: 'access' },
      this.signingKey.privateKey,
      {
        algorithm: ALGORITHM,
        keyid: this.signingKey.kid,
        issuer: this.opts.issuer,
        audience: this.opts.audience,
        subject: viewer.userId,
        expiresIn: this.opts.ttlSeconds,
        jwtid: randomUUID(),
      },
    );
  }

  /** Returns the viewer for a valid token, or null for anything else (never throws). */
  verify(token: string): Viewer | null {
    const decoded = jwt.decode(token, { complete: true });
    const kid = decoded?.header.kid;
    const key = kid ? this.verifyKeys.get(kid) : undefined;
    if (!key) return null;
    try {
      const claims = jwt.verify(token, key.publicKey, {
        algorithms: [ALGORITHM],
        issuer: this.opts.issuer,
        audience: this.opts.audience,
      });
      if (typeof claims !== 'object' || claims.typ !== 'access' || !claims.sub || !ROLES.has(claims.role)) return null;
      return {
        userId: claims.sub,
        role: claims.role as Role,
        partnerOrganizationId: typeof claims.org === 'string' ? claims.org : null,
        accountId: typeof claims.acct === 'string' ? claims.acct : null,
        isAccountAdmin: claims.aa === true,
        kind: 'person',
        scopes: [],
      };
    } catch {
      return null;
    }
  }
}
