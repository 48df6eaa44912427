import { i18n } from '../i18n/i18n';
import type { FormError } from '../session/session-provider';

/** The input a userError is about: the last part of its path (["input", "email"] → "email"). */
export const errorField = (error: FormError): string | null => error.field?.[error.field.length - 1] ?? null;

/** The message for one field, if any. */
export function fieldError(errors: readonly FormError[] | null, name: string): string | null {
  return errors?.find((e) => errorField(e) === name)?.message ?? null;
}

/** Messages not shown at one of `shownAt`: for the summary above a form. */
export function otherErrors(errors: readonly FormError[] | null, shownAt: readonly string[]): string[] {
  return (errors ?? []).filter((e) => !shownAt.includes(errorField(e) ?? '')).map((e) => e.message);
}

/** A FormError for a failure the API did not describe (network down, unexpected error). */
export const unexpectedError = (message = i18n.t('Something went wrong. Check your connection and try again.')): FormError => ({
  field: null,
  code: 'UNKNOWN',
  message,
});
