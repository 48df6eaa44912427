import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the package declares a const enum, which isolated modules cannot inline.
const ARGON2ID = 2;

// OWASP minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

// Verified against when the email is unknown (or has no password yet), so both failures do the same
// work with the same parameters. `prepareDummyHash` makes it at boot, so not even the first unknown
// email pays for hashing it (bench/sign-in-timing.mjs measures the two answers over HTTP).
let dummyHash: Promise<string> | null = null;
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  return dummyHash;
}

/** Checks a password; with no stored hash it still does the same work and answers false. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await prepareDummyHash(), password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
