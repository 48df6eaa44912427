import type { MailBlock } from './mail-layout';
import type { CheckedMailParams, MailTemplateName } from './mail-params';
import type { MailMessages } from './messages';
import type { MessageValues } from './message-format';

/** Locale-bound helpers a template composes its text with. */
export interface MailFormat {
  t(message: string, values?: MessageValues): string;
  dateTime(value: Date): string;
  date(value: Date): string;
}

export type ComposedMail = { subject: string; blocks: MailBlock[] };

type Composers = {
  [K in MailTemplateName]: (m: MailMessages, p: CheckedMailParams[K], f: MailFormat) => ComposedMail;
};

/** What each template says, in which order; the words come from the language file. */
export const mailTemplates: Composers = {
  invitation(m, p, f) {
    const values = { inviterName: p.inviterName, organizationName: p.organizationName ?? m.common.defaultOrganization };
    return {
      subject: f.t(m.invitation.subject, values),
      blocks: [
        { kind: 'paragraph', text: f.t(m.invitation.intro, values) },
        { kind: 'button', label: m.invitation.button, href: p.acceptLink },
        { kind: 'paragraph', text: f.t(m.invitation.expiry, { expiresAt: f.dateTime(p.expiresAt) }) },
        { kind: 'note', text: m.invitation.ignore },
      ],
    };
  },
  'magic-link': (m, p, f) => oneTimeLinkMail(m.magicLink, p, f),
  'password-reset': (m, p, f) => oneTimeLinkMail(m.passwordReset, p, f),
  'password-changed'(m, p, f) {
    const blocks: MailBlock[] = [{ kind: 'paragraph', text: m.passwordChanged.body }];
    if (p.changedAt) blocks.push({ kind: 'paragraph', text: f.t(m.passwordChanged.changedAt, { changedAt: f.dateTime(p.changedAt) }) });
    blocks.push({ kind: 'paragraph', text: m.passwordChanged.notYou });
    return { subject: m.passwordChanged.subject, blocks };
  },
  notification(m, p) {
    const blocks: MailBlock[] = paragraphs(p.body);
    if (p.link) blocks.push({ kind: 'button', label: m.notification.button, href: p.link });
    return { subject: p.title, blocks: [{ kind: 'paragraph', text: p.title }, ...blocks] };
  },
  'daily-digest'(m, p, f) {
    const values = { count: p.items.length, date: f.date(p.date) };
    const blocks: MailBlock[] = [{ kind: 'paragraph', text: f.t(m.dailyDigest.intro, values) }];
    if (p.items.length === 0) blocks.push({ kind: 'paragraph', text: m.dailyDigest.empty });
    else blocks.push({ kind: 'items', items: p.items.map((i) => ({ title: i.title, body: i.body ?? undefined, href: i.link ?? undefined })) });
    if (p.link) blocks.push({ kind: 'button', label: m.dailyDigest.button, href: p.link });
    return { subject: f.t(m.dailyDigest.subject, values), blocks };
  },
};

function oneTimeLinkMail(m: MailMessages['magicLink'], p: CheckedMailParams['magic-link'], f: MailFormat): ComposedMail {
  return {
    subject: m.subject,
    blocks: [
      { kind: 'paragraph', text: m.intro },
      { kind: 'button', label: m.button, href: p.link },
      { kind: 'paragraph', text: f.t(m.validity, { validMinutes: p.validMinutes }) },
      { kind: 'note', text: m.ignore },
    ],
  };
}

function paragraphs(text: string): MailBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part }));
}
