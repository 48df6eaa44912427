import { z } from 'zod';
import { safeMailLink } from './mail-link';

// Params arrive as JSON from the outbox table, so they are checked at run time, not only typed.
const text = (max: number) => z.string().trim().min(1).max(max);

const link = z
  .string()
  .max(2048)
  .transform((value, ctx) => {
    try {
      return safeMailLink(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });

// A Date, or an ISO 8601 string as a Date becomes in JSON.
const instant = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((value) => new Date(value));

const common = z.object({
  firstName: z.string().trim().max(100).nullish(),
  /** IANA time zone for dates; UTC when absent or unknown. */
  timeZone: z.string().max(64).nullish(),
});

const oneTimeLink = common.extend({ link, validMinutes: z.number().int().positive().max(7 * 24 * 60) });

export const mailParamSchemas = {
  invitation: common.extend({
    inviterName: text(200),
    organizationName: text(200).nullish(),
    acceptLink: link,
    expiresAt: instant,
  }),
  'magic-link': oneTimeLink,
  'password-reset': oneTimeLink,
  'password-changed': common.extend({ changedAt: instant.nullish() }),
  notification: common.extend({ title: text(200), body: text(5000), link: link.nullish() }),
  'daily-digest': common.extend({
    date: instant,
    items: z.array(z.object({ title: text(200), body: text(1000).nullish(), link: link.nullish() })).max(200),
    link: link.nullish(),
  }),
};

export type MailTemplateName = keyof typeof mailParamSchemas;

/** What each template takes, as the caller writes it. */
export type MailTemplateParams = { [K in MailTemplateName]: z.input<(typeof mailParamSchemas)[K]> };

/** The same after checking: links normalized, dates as Date. */
export type CheckedMailParams = { [K in MailTemplateName]: z.output<(typeof mailParamSchemas)[K]> };

export const MAIL_TEMPLATE_NAMES = Object.keys(mailParamSchemas) as MailTemplateName[];

/** True when `name` is one of the templates renderMail knows. */
export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.prototype.hasOwnProperty.call(mailParamSchemas, name);
}
