import { notificationTexts, type NotificationTextKey } from '@portal/mail';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { notify, notifySettings } from '../notifications/notifications.service';
import { NotificationType } from '../notifications/notification.entity';
import { User } from '../users/user.entity';
import type { Letter } from './letter.entity';

export type SponsorNotice = 'CHANGES_REQUESTED' | 'DELIVERED' | 'REPLY_RELEASED';

const TEXT_KEY: Record<SponsorNotice, NotificationTextKey> = {
  CHANGES_REQUESTED: 'letterChangesRequested',
  DELIVERED: 'letterDelivered',
  REPLY_RELEASED: 'letterReplyReleased',
};

/** Notifies the letter's sponsor (in the portal, and by email per preference) in the same transaction as the change. */
export async function notifySponsor(ctx: Context, em: EntityManager, letter: Letter, notice: SponsorNotice, childFirstName: string | null, reason: string | null): Promise<void> {
  // notify() reads the sponsor's address and language itself; they never reach the viewer (who may be a partner).
  const sponsor = await em.findOne(User, { where: { id: letter.sponsorId }, select: { id: true } });
  if (!sponsor) return;
  // The notification queues the email per the sponsor's preference (held back while it may be seen in the portal).
  await notify(em, {
    recipientId: sponsor.id,
    type: notice === 'REPLY_RELEASED' ? NotificationType.NEW_LETTER : NotificationType.LETTER_STATUS,
    text: (locale) => notificationTexts(locale, TEXT_KEY[notice], { child: childFirstName, reason }),
    params: { notice, childFirstName, ...(reason ? { reason } : {}) },
    itemRoute: `/sponsor/letters/${letter.globalId}`,
    itemId: letter.globalId,
    ...notifySettings(ctx.services.config),
  });
}
