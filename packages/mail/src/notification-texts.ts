import { formatMessage } from './message-format';
import type { MailMessages } from './messages';
import { resolveMailLocale } from './render-mail';

export type NotificationTextKey = Exclude<keyof MailMessages['notifications'], 'yourChild'>;

/**
 * A notification's title and body in the recipient's language, from the same language files as the
 * emails (so a new language is still one file): `child` falls back to "your sponsored child".
 */
export function notificationTexts(
  locale: string | null | undefined,
  key: NotificationTextKey,
  values: { child?: string | null; reason?: string | null; subject?: string; title?: string; name?: string } = {},
): { title: string; body: string } {
  const { intlLocale, messages } = resolveMailLocale(locale);
  const texts = messages.notifications[key];
  const args = { ...values, child: values.child ?? messages.notifications.yourChild, reason: values.reason ?? '' };
  return { title: formatMessage(texts.title, args, intlLocale), body: formatMessage(texts.body, args, intlLocale).trim() };
}
