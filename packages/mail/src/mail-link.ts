/** Why a link was refused; the message never echoes the link, which may hold a token. */
export class UnsafeLinkError extends Error {
  constructor(reason: string) {
    super(`Refused link in mail: ${reason}`);
    this.name = 'UnsafeLinkError';
  }
}

/**
 * Returns the link normalized (as the URL parser writes it) when it is an absolute http(s) URL
 * without credentials; throws UnsafeLinkError otherwise (javascript:, data:, relative, …).
 */
export function safeMailLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new UnsafeLinkError('not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UnsafeLinkError(`scheme ${url.protocol} is not http(s)`);
  // user:pass@host links are a phishing trick (https://portal.org@evil.example) and never ours.
  if (url.username || url.password) throw new UnsafeLinkError('credentials in the URL');
  return url.href;
}

/** True when safeMailLink would accept the link. */
export function isSafeMailLink(link: string): boolean {
  try {
    safeMailLink(link);
    return true;
  } catch {
    return false;
  }
}
