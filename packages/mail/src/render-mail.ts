import { z } from 'zod';
import { renderHtml, renderText } from './mail-layout';
import { isMailTemplateName, mailParamSchemas, type MailTemplateName, type MailTemplateParams } from './mail-params';
import { mailTemplates, type ComposedMail, type MailFormat } from './mail-templates';
import { formatMessage } from './message-format';
import { FALLBACK_LOCALE, mailCatalogues, type MailMessages } from './messages';

export type RenderedMail = { subject: string; text: string; html: string };

/** Thrown for an unknown template or parameters that do not fit it: a bug in the caller, not in the mail. */
export class MailTemplateError extends Error {
  readonly code = 'MAIL_TEMPLATE_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'MailTemplateError';
  }
}

/**
 * Picks the language file for a locale such as "fr", "fr-CA" or "fr_CA" (English when there is
 * none), and the tag Intl formats with (the full tag when Intl knows it, so fr-CA keeps "16 h 00").
 */
export function resolveMailLocale(locale: string | null | undefined): { language: string; intlLocale: string; messages: MailMessages } {
  let tag: string | undefined;
  try {
    tag = locale ? Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'))[0] : undefined;
  } catch {
    tag = undefined; // not a well-formed language tag
  }
  const language = tag?.split('-')[0].toLowerCase();
  const messages = language ? mailCatalogues[language] : undefined;
  if (!tag || !language || !messages) return { language: FALLBACK_LOCALE, intlLocale: FALLBACK_LOCALE, messages: mailCatalogues[FALLBACK_LOCALE] };
  const intlLocale = Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0 ? tag : messages.locale;
  return { language, intlLocale, messages };
}

/** Renders a template in the recipient's language into a subject, a plain-text part and an escaped HTML part. */
export function renderMail<K extends MailTemplateName>(template: K, locale: string, params: MailTemplateParams[K]): RenderedMail;
export function renderMail(template: string, locale: string, params: Record<string, unknown>): RenderedMail;
export function renderMail(template: string, locale: string, params: unknown): RenderedMail {
  if (!isMailTemplateName(template)) throw new MailTemplateError(`Unknown mail template "${template}"`);
  const checked = mailParamSchemas[template].safeParse(params);
  if (!checked.success) {
    throw new MailTemplateError(`Invalid parameters for mail template "${template}":\n${z.prettifyError(checked.error)}`);
  }
  const p = checked.data;
  const { language, intlLocale, messages } = resolveMailLocale(locale);
  const format = mailFormat(intlLocale, validTimeZone(p.timeZone));
  // TypeScript cannot tie the template name to its params through a union; the schema above did.
  const compose = mailTemplates[template] as (m: MailMessages, p: unknown, f: MailFormat) => ComposedMail;
  const composed = compose(messages, p, format);
  const doc = {
    lang: language,
    // A subject is one header line; a newline in a title must not reach it.
    subject: composed.subject.replace(/\s+/g, ' ').trim(),
    greeting: p.firstName ? format.t(messages.common.greeting, { firstName: p.firstName }) : messages.common.greetingWithoutName,
    blocks: composed.blocks,
    linkFallback: messages.common.linkFallback,
    footer: messages.common.footer,
  };
  return { subject: doc.subject, text: renderText(doc), html: renderHtml(doc) };
}

function mailFormat(locale: string, timeZone: string): MailFormat {
  const dateTime = new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short',
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
  return {
    t: (message, values = {}) => formatMessage(message, values, locale),
    dateTime: (value) => dateTime.format(value),
    date: (value) => date.format(value),
  };
}

function validTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC'; // a stale or mistyped zone in a profile should not stop the mail
  }
}
