import { i18n } from '../i18n/i18n';

/** Wording and checks shared by the two-step verification screens. */

export const CHALLENGE_EXPIRED = () => i18n.t('This sign-in has expired. Please sign in again.');
export const CODE_HINT = () => i18n.t('The 6-digit code your authenticator app shows now.');
export const RECOVERY_HINT = () => i18n.t('One of the codes you saved, like abcd-2345. Each works once.');

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", easier to type into an app by hand. */
export const groupSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** The 6 digits of a code typed as "123 456" or "123456", or null when it is not that. */
export function appCode(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** A recovery code as the API expects it ("k7m2-p9qx"), or null when it does not look like one. */
export function recoveryCode(value: string): string | null {
  const chars = value.trim().toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{8}$/.test(chars) ? `${chars.slice(0, 4)}-${chars.slice(4)}` : null;
}

/** The text file offered by "Download as text file". */
export function recoveryCodesText(codes: readonly string[], appName: string, date = new Date()): string {
  return [
    i18n.t('{{appName}}: recovery codes', { appName }),
    i18n.t('Created {{date}}. Each code works once, when you cannot use your authenticator app.', { date: date.toISOString().slice(0, 10) }),
    '',
    ...codes,
    '',
  ].join('\n');
}
