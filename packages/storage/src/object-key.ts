/** Thrown for a key that could escape its bucket or root directory. */
export class InvalidObjectKeyError extends Error {
  readonly code = 'INVALID_OBJECT_KEY';
  constructor(readonly key: string, reason: string) {
    super(`Invalid object key ${JSON.stringify(key)}: ${reason}`);
    this.name = 'InvalidObjectKeyError';
  }
}

/**
 * Accepts `a/b/c.jpg`-style keys only. Refuses `..` and `.` segments, absolute paths, drive letters,
 * backslashes (a separator on Windows) and control characters, so a key can never name a file
 * outside the storage root, whichever adapter is behind it.
 */
export function assertSafeKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidObjectKeyError(String(key), 'empty');
  assertSafePath(key, false);
}

/** Like assertSafeKey, but a listing prefix may be empty or end with `/`. */
export function assertSafePrefix(prefix: string): void {
  if (prefix === '') return;
  assertSafePath(prefix, true);
}

function assertSafePath(path: string, trailingSlashAllowed: boolean): void {
  if (path.length > 1024) throw new InvalidObjectKeyError(path, 'longer than 1024 characters');
  if (path.includes('\\')) throw new InvalidObjectKeyError(path, 'contains a backslash');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) throw new InvalidObjectKeyError(path, 'absolute path');
  if (/[\x00-\x1f\x7f]/.test(path)) throw new InvalidObjectKeyError(path, 'contains a control character');
  const segments = path.split('/');
  if (trailingSlashAllowed && segments[segments.length - 1] === '') segments.pop();
  for (const segment of segments) {
    if (segment === '..' || segment === '.') throw new InvalidObjectKeyError(path, `contains a "${segment}" segment`);
    if (segment === '') throw new InvalidObjectKeyError(path, 'contains an empty segment');
  }
}
