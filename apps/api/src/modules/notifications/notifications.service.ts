import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { resolveMailLocale } from '@portal/mail';
import type { Config } from '@portal/config';
import type { Context } from '../../graphql/context';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { scopedQuery } from '../../data/scoped-query';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { MailOutbox, MailStatus } from '../mail/mail-outbox.entity';
import { User, UserStatus } from '../users/user.entity';
import { EmailMode, Notification, NotificationPreference, NotificationType } from './notification.entity';
import { DEFAULT_EMAIL_MODES, digestItems, effectiveMode } from './notification-preferences';

/** How long an IMMEDIATE email waits by default, so that what the person sees in the portal meanwhile is not emailed. */
export const EMAIL_DELAY_MS = 10 * 60 * 1000;

/** The recipient's language tag (e.g. "fr"); texts come from the language files of @portal/mail. */
export type NotificationLocale = string;

type Texts = { title: string; body?: string | null };

export interface NotifyInput {
  recipientId: string;
  type: NotificationType;
  /** Texts in the recipient's language (a function of it), or fixed texts. */
  text: Texts | ((locale: NotificationLocale) => Texts);
  params?: Record<string, unknown>;
  /** SPA route of the item, e.g. "/sponsor/letters/<global id>". */
  itemRoute?: string | null;
  itemId?: string | null;
  /** Public base URL of the portal, for the link in the email (see `notifySettings`). */
  baseUrl: string;
  /** How long an IMMEDIATE email waits (EMAIL_DELAY_MS when absent). */
  emailDelayMs?: number;
}

/** The portal's public address, as emails link to it. */
export const portalBaseUrl = (config: Config): string => (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');

/** What `notify` takes from the configuration: spread it into the input. */
export const notifySettings = (config: Config): { baseUrl: string; emailDelayMs: number } => ({
  baseUrl: portalBaseUrl(config),
  emailDelayMs: config.notificationEmailDelaySeconds * 1000,
});

/**
 * Records a notification for one person and, per their preference, queues its email: pass the
 * event's transaction manager so both commit (or roll back) with the event. Returns null for a
 * deactivated or unknown recipient.
 */
export async function notify(em: EntityManager, input: NotifyInput): Promise<Notification | null> {
  const recipient = await em.findOne(User, { where: { id: input.recipientId }, select: { id: true, email: true, locale: true, firstName: true, status: true } });
  if (!recipient || recipient.status === UserStatus.DEACTIVATED) return null;
  const locale: NotificationLocale = resolveMailLocale(recipient.locale).language;
  const texts = typeof input.text === 'function' ? input.text(locale) : input.text;
  const chosen = await em.findOne(NotificationPreference, { where: { userId: recipient.id, type: input.type } });
  const mode = chosen?.mode ?? DEFAULT_EMAIL_MODES[input.type];
  const now = new Date();
  const notification = em.create(Notification, {
    id: randomUUID(),
    recipientId: recipient.id,
    type: input.type,
    title: texts.title.slice(0, 200),
    body: texts.body?.trim() || null,
    params: input.params ?? {},
    itemRoute: input.itemRoute ?? null,
    itemId: input.itemId ?? null,
    readAt: null,
    emailMode: mode,
    mailOutboxId: null,
    digestedAt: null,
    createdAt: now,
    updatedAt: now,
  });
  if (mode === EmailMode.IMMEDIATE && recipient.email) {
    notification.mailOutboxId = randomUUID();
    // The outbox holds it back until the delay is over; reading the notification first withdraws it.
    const mail = em.create(MailOutbox, {
      id: notification.mailOutboxId,
      toAddress: recipient.email,
      template: 'notification',
      locale,
      params: { title: notification.title, body: notification.body ?? notification.title, link: itemLink(input.baseUrl, notification.itemRoute) },
      status: MailStatus.PENDING,
      attempts: 0,
      nextAttemptAt: new Date(now.getTime() + (input.emailDelayMs ?? EMAIL_DELAY_MS)),
    });
    await em.insert(MailOutbox, mail as never);
  }
  await em.insert(Notification, notification as never);
  return notification;
}

const itemLink = (baseUrl: string, route: string | null): string => `${baseUrl}${route ?? '/'}`;

export interface NotificationsArgs extends ConnectionArgs {
  unreadOnly?: boolean | null;
}

/** The viewer's own notifications, newest first. */
export function myNotifications(ctx: Context, args: NotificationsArgs): Promise<ConnectionResult<Notification>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Notification');
  if (args.unreadOnly) qb.andWhere('notification.read_at IS NULL');
  return paginate(qb, args, 'createdAt', (n) => n.createdAt.toISOString(), 'DESC');
}

/** How many of the viewer's notifications are unread. */
export function unreadCount(ctx: Context): Promise<number> {
  return scopedQuery(ctx.db, ctx.viewer, 'Notification').andWhere('notification.read_at IS NULL').getCount();
}

export interface MarkReadPayload {
  notifications: Notification[];
  unreadCount: number;
  userErrors: UserError[];
}

/** Marks some of the viewer's notifications read (ids out of scope are a userError) and withdraws their pending emails. */
export async function markRead(ctx: Context, globalIds: string[]): Promise<MarkReadPayload> {
  if (globalIds.length === 0 || globalIds.length > 100) {
    return { notifications: [], unreadCount: await unreadCount(ctx), userErrors: [userError(UserErrorCode.INVALID, 'Give between 1 and 100 notifications.', ['input', 'ids'])] };
  }
  const found: Notification[] = [];
  const userErrors: UserError[] = [];
  for (const [i, gid] of globalIds.entries()) {
    const id = fromGlobalIdOfType(gid, 'Notification');
    const n = id ? await ctx.loaders.byId.Notification.load(id) : null;
    if (n) found.push(n);
    else userErrors.push(userError(UserErrorCode.INVALID, 'No notification with this ID.', ['input', 'ids', String(i)]));
  }
  if (userErrors.length) return { notifications: [], unreadCount: await unreadCount(ctx), userErrors };
  await readAndWithdraw(ctx, found.map((n) => n.id));
  const now = new Date();
  for (const n of found) n.readAt ??= now;
  return { notifications: found, unreadCount: await unreadCount(ctx), userErrors: [] };
}

/** Marks all of the viewer's notifications read. */
export async function markAllRead(ctx: Context, upTo: Date | null): Promise<{ unreadCount: number; userErrors: UserError[] }> {
  await readAndWithdraw(ctx, null, upTo);
  return { unreadCount: await unreadCount(ctx), userErrors: [] };
}

/** Marks read the viewer's notifications about one item (opened by other means than the notification). */
export async function markItemRead(ctx: Context, itemId: string): Promise<{ unreadCount: number; userErrors: UserError[] }> {
  if (!itemId || itemId.length > 200) return { unreadCount: await unreadCount(ctx), userErrors: [userError(UserErrorCode.INVALID, 'Give the ID of an item.', ['input', 'itemId'])] };
  await readAndWithdraw(ctx, null, null, itemId);
  return { unreadCount: await unreadCount(ctx), userErrors: [] };
}

async function readAndWithdraw(ctx: Context, ids: string[] | null, upTo: Date | null = null, itemId: string | null = null): Promise<void> {
  const params: unknown[] = [ctx.viewer!.userId];
  const only = (sql: string, value: unknown) => {
    params.push(value);
    return ` AND ${sql.replace('?', `$${params.length}`)}`;
  };
  const where = (ids ? only('id = ANY(?::uuid[])', ids) : '') + (upTo ? only('created_at <= ?', upTo) : '') + (itemId ? only('item_id = ?', itemId) : '');
  await ctx.db.transaction(async (em) => {
    const rows: Array<{ mail_outbox_id: string | null }> = await em
      .query(
        `UPDATE notification SET read_at = now(), updated_at = now()
         WHERE recipient_id = $1 AND read_at IS NULL${where}
         RETURNING mail_outbox_id`,
        params,
      )
      .then((r: unknown) => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as Array<{ mail_outbox_id: string | null }>);
    const mailIds = rows.map((r) => r.mail_outbox_id).filter((id): id is string => !!id);
    // Seen in the portal before the email left: it is never sent. One already being sent (attempts > 0) goes out.
    if (mailIds.length) await em.query(`DELETE FROM mail_outbox WHERE id = ANY($1::uuid[]) AND status = 'PENDING' AND attempts = 0`, [mailIds]);
  });
}

export interface PreferenceSetting {
  type: NotificationType;
  mode: EmailMode;
  isDefault: boolean;
}

/** The viewer's email preference for every type, defaults filled in. */
export async function myPreferences(ctx: Context): Promise<PreferenceSetting[]> {
  const rows = await ctx.db.find(NotificationPreference, { where: { userId: ctx.viewer!.userId } });
  const chosen = new Map(rows.map((r) => [r.type, r.mode]));
  return Object.values(NotificationType).map((type) => ({ type, mode: effectiveMode(type, chosen), isDefault: !chosen.has(type) }));
}

/** Saves the viewer's choices; later notifications follow them. */
export async function setPreferences(ctx: Context, choices: Array<{ type: NotificationType; mode: EmailMode }>): Promise<{ preferences: PreferenceSetting[]; userErrors: UserError[] }> {
  const seen = new Set<NotificationType>();
  for (const [i, c] of choices.entries()) {
    if (seen.has(c.type)) return { preferences: [], userErrors: [userError(UserErrorCode.INVALID, 'Each type may appear once.', ['input', 'preferences', String(i), 'type'])] };
    seen.add(c.type);
  }
  await ctx.db.transaction(async (em) => {
    for (const c of choices) await em.upsert(NotificationPreference, { userId: ctx.viewer!.userId, type: c.type, mode: c.mode }, ['userId', 'type']);
  });
  return { preferences: await myPreferences(ctx), userErrors: [] };
}

/**
 * Sends each person one daily-digest email listing their unread DAILY_DIGEST notifications not
 * yet listed, and marks them listed in the same transaction. Returns how many emails were queued.
 */
export async function sendDailyDigests(dataSource: DataSource, baseUrl: string, now = new Date()): Promise<number> {
  const recipients: Array<{ recipient_id: string }> = await dataSource.query(
    `SELECT DISTINCT recipient_id FROM notification
     WHERE email_mode = 'DAILY_DIGEST' AND read_at IS NULL AND digested_at IS NULL AND created_at <= $1`,
    [now],
  );
  let sent = 0;
  for (const { recipient_id: recipientId } of recipients) {
    await dataSource.transaction(async (em) => {
      // Locked, so two workers running the job at once cannot list an item twice.
      const rows = await em
        .createQueryBuilder(Notification, 'n')
        .where(`n.recipient_id = :recipientId AND n.email_mode = 'DAILY_DIGEST' AND n.read_at IS NULL AND n.digested_at IS NULL AND n.created_at <= :now`, { recipientId, now })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return;
      const user = await em.findOne(User, { where: { id: recipientId }, select: { id: true, email: true, locale: true, firstName: true, status: true } });
      if (user && user.status !== UserStatus.DEACTIVATED) {
        const items = digestItems(rows.map((r) => ({ title: r.title, body: r.body, link: r.itemRoute ? itemLink(baseUrl, r.itemRoute) : null, createdAt: r.createdAt })));
        await em.insert(MailOutbox, em.create(MailOutbox, {
          id: randomUUID(),
          toAddress: user.email,
          template: 'daily-digest',
          locale: resolveMailLocale(user.locale).language,
          params: { firstName: user.firstName, date: now.toISOString(), items, link: `${baseUrl}/` },
          status: MailStatus.PENDING,
          attempts: 0,
        }) as never);
        sent += 1;
      }
      await em.query(`UPDATE notification SET digested_at = $2 WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id), now]);
    });
  }
  return sent;
}
