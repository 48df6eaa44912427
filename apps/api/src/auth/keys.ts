import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface VerifyKey {
  kid: string;
  publicKey: KeyObject;
}

export interface SigningKey extends VerifyKey {
  privateKey: KeyObject;
}

/** Verification keys of earlier signing keys, from configuration. */
export const verifyKeysFromPems = (pems: Record<string, string>): VerifyKey[] =>
  Object.entries(pems).map(([kid, pem]) => ({ kid, publicKey: createPublicKey(pem) }));

/** The key id is a thumbprint of the public key, so the same key always has the same kid. */
export function keyFromPem(pem: string, kid?: string | null): SigningKey {
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { kid: kid ?? createHash('sha256').update(der).digest('base64url').slice(0, 16), privateKey, publicKey };
}

export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Loads the signing key from configuration, or from (creating once) a key file in the data folder. */
export function loadOrCreateSigningKey(pem: string | null, kid: string | null, dataDir: string): SigningKey {
  if (pem) return keyFromPem(pem, kid);
  const file = path.join(dataDir, 'jwt-signing-key.pem');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, generateSigningKeyPem(), { mode: 0o600 });
  }
  return keyFromPem(fs.readFileSync(file, 'utf8'), kid);
}
