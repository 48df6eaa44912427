import type { EntityManager } from 'typeorm';
import type { Config } from '@portal/config';
import { NotificationType } from '../notifications/notification.entity';
import { notificationTexts } from '@portal/mail';
import { notify, notifySettings } from '../notifications/notifications.service';
import { Role, STAFF_ROLES, User } from '../users/user.entity';

/**
 * Tells the person who sent an invitation that it was accepted (INVITATION), in the acceptance's
 * transaction. The invitee themselves gets no in-app notification: a person has one role and one
 * account, so an invitation always goes to someone without access yet, whom only email reaches.
 */
export async function notifyInvitationAccepted(em: EntityManager, config: Config, inviterId: string, invitee: User): Promise<void> {
  const inviter = await em.findOne(User, { where: { id: inviterId }, select: { id: true, role: true } });
  if (!inviter) return;
  const route = STAFF_ROLES.includes(inviter.role) ? '/admin/people' : inviter.role === Role.SPONSOR ? '/sponsor/account' : null;
  await notify(em, {
    recipientId: inviter.id,
    type: NotificationType.INVITATION,
    text: (locale) => notificationTexts(locale, 'invitationAccepted', { name: invitee.displayName }),
    params: { inviteeName: invitee.displayName },
    itemRoute: route,
    itemId: invitee.globalId,
    ...notifySettings(config),
  });
}
