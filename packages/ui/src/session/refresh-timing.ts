/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;
const MIN_DELAY_MS = 5_000;
const FALLBACK_DELAY_MS = 4 * 60_000;
// setTimeout overflows above 2^31-1 ms (~24.8 days).
const MAX_DELAY_MS = 2_147_000_000;

/** How long to wait before refreshing a token that expires at `expiresAt` (ISO 8601). */
export function refreshDelay(expiresAt: string | null | undefined, now: number): number {
  const expires = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (Number.isNaN(expires)) return FALLBACK_DELAY_MS;
  const delay = expires - now - REFRESH_MARGIN_MS;
  return Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, delay));
}

/** Whether a token expiring at `expiresAt` is within the refresh margin (or already expired). */
export function isNearExpiry(expiresAt: string | null | undefined, now: number): boolean {
  const expires = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  return !Number.isNaN(expires) && expires - now <= REFRESH_MARGIN_MS;
}
