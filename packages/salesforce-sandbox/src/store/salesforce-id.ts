const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_PATTERN = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** Appends Salesforce's 3-character case checksum to a 15-character ID. */
export function to18(id: string): string {
  if (id.length === 18) return id;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let bits = 0;
    for (let i = 0; i < 5; i += 1) {
      const ch = id[chunk * 5 + i];
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET[bits];
  }
  return id + suffix;
}

/** Whether `id` is shaped like a 15- or 18-character ID (and, when 18, its checksum is right). */
export function isSalesforceId(id: string): boolean {
  if (!ID_PATTERN.test(id)) return false;
  return id.length === 15 || to18(id.slice(0, 15)) === id;
}

/** The 18-character form of a 15- or 18-character ID. */
export function normalizeId(id: string): string {
  return to18(id.slice(0, 15));
}

/** The n-th ID for a key prefix: prefix, a pod-like '8d', then n in base 62 over 10 characters. */
export function makeId(keyPrefix: string, n: number): string {
  let digits = '';
  let rest = n;
  for (let i = 0; i < 10; i += 1) {
    digits = BASE62[rest % 62] + digits;
    rest = Math.floor(rest / 62);
  }
  return to18(`${keyPrefix}8d${digits}`);
}
