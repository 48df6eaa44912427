import { EmailMode, NotificationType } from './notification.entity';

/** Email for each type when a person has not chosen: action and personal news at once, the rest daily. */
export const DEFAULT_EMAIL_MODES: Record<NotificationType, EmailMode> = {
  [NotificationType.LETTER_STATUS]: EmailMode.IMMEDIATE,
  [NotificationType.NEW_LETTER]: EmailMode.IMMEDIATE,
  [NotificationType.NEW_PHOTO]: EmailMode.DAILY_DIGEST,
  [NotificationType.REQUEST_UPDATE]: EmailMode.IMMEDIATE,
  [NotificationType.DOCUMENT_PUBLISHED]: EmailMode.DAILY_DIGEST,
  [NotificationType.INVITATION]: EmailMode.IMMEDIATE,
  [NotificationType.ARCHIVE_READY]: EmailMode.IMMEDIATE,
};

/** The mode in force for a type: the person's choice, else the default. */
export function effectiveMode(type: NotificationType, chosen: ReadonlyMap<NotificationType, EmailMode>): EmailMode {
  return chosen.get(type) ?? DEFAULT_EMAIL_MODES[type];
}

/** Groups a recipient's unread digest items into one mail's items, newest first, at most `max`. */
export function digestItems<T extends { title: string; body: string | null; link: string | null; createdAt: Date }>(rows: T[], max = 200): Array<{ title: string; body: string | null; link: string | null }> {
  return [...rows]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, max)
    .map((r) => ({ title: r.title, body: r.body ? r.body.slice(0, 1000) : null, link: r.link }));
}
