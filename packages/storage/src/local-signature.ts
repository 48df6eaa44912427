import { createHmac, timingSafeEqual } from 'node:crypto';

/** Everything a local presigned URL allows; all of it is covered by the signature. */
export type LocalGrant = {
  method: 'GET' | 'PUT';
  key: string;
  /** Unix seconds. */
  expires: number;
  contentType?: string;
  maxBytes?: number;
  uploadId?: string;
  partNumber?: number;
  downloadName?: string;
};

export type GrantCheck = { ok: true; grant: LocalGrant } | { ok: false; reason: string };

const PARAM = { expires: 'X-Expires', contentType: 'X-Content-Type', maxBytes: 'X-Max-Bytes', uploadId: 'X-Upload-Id', partNumber: 'X-Part-Number', downloadName: 'X-Download-Name', method: 'X-Method', signature: 'X-Signature' } as const;

// Method and key are signed even though they are also in the request: a GET link must not become a PUT.
const canonical = (g: LocalGrant): string =>
  JSON.stringify([g.method, g.key, g.expires, g.contentType ?? '', g.maxBytes ?? '', g.uploadId ?? '', g.partNumber ?? '', g.downloadName ?? '']);

const sign = (secret: string, grant: LocalGrant): string => createHmac('sha256', secret).update(canonical(grant)).digest('base64url');

/** Query parameters carrying a grant and its HMAC-SHA256 signature. */
export function signGrant(secret: string, grant: LocalGrant): URLSearchParams {
  const params = new URLSearchParams({ [PARAM.method]: grant.method, [PARAM.expires]: String(grant.expires) });
  if (grant.contentType !== undefined) params.set(PARAM.contentType, grant.contentType);
  if (grant.maxBytes !== undefined) params.set(PARAM.maxBytes, String(grant.maxBytes));
  if (grant.uploadId !== undefined) params.set(PARAM.uploadId, grant.uploadId);
  if (grant.partNumber !== undefined) params.set(PARAM.partNumber, String(grant.partNumber));
  if (grant.downloadName !== undefined) params.set(PARAM.downloadName, grant.downloadName);
  params.set(PARAM.signature, sign(secret, grant));
  return params;
}

/** Checks a request's key and query against its signature and expiry. */
export function verifyGrant(secret: string, key: string, params: URLSearchParams, nowSeconds: number): GrantCheck {
  const method = params.get(PARAM.method);
  const expires = Number(params.get(PARAM.expires));
  const signature = params.get(PARAM.signature);
  if ((method !== 'GET' && method !== 'PUT') || !Number.isInteger(expires) || !signature) return { ok: false, reason: 'not a signed URL' };
  const optionalNumber = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
  const grant: LocalGrant = {
    method,
    key,
    expires,
    contentType: params.get(PARAM.contentType) ?? undefined,
    maxBytes: optionalNumber(PARAM.maxBytes),
    uploadId: params.get(PARAM.uploadId) ?? undefined,
    partNumber: optionalNumber(PARAM.partNumber),
    downloadName: params.get(PARAM.downloadName) ?? undefined,
  };
  const expected = Buffer.from(sign(secret, grant));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad signature' };
  if (expires < nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, grant };
}

/** `/storage/a/b%20c.jpg` for key `a/b c.jpg`: each segment encoded, slashes kept. */
export const encodeKeyPath = (key: string): string => key.split('/').map(encodeURIComponent).join('/');
