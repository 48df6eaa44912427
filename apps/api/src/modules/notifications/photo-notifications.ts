import { notificationTexts } from '@portal/mail';
import type { EntityManager } from 'typeorm';
import { Child } from '../children/child.entity';
import { Sponsorship } from '../sponsorships/sponsorship.entity';
import type { Media } from '../media/media.entity';
import { NotificationType } from './notification.entity';
import { notify } from './notifications.service';

/**
 * Tells the current sponsors of the photo's child that it was released (call it with the
 * approval's transaction manager). Photos not matched to a child notify nobody.
 */
export async function notifyPhotoReleased(em: EntityManager, media: Media, settings: { baseUrl: string; emailDelayMs?: number }): Promise<number> {
  if (!media.childId) return 0;
  const child = await em.findOne(Child, { where: { id: media.childId }, select: { id: true, firstName: true } });
  const sponsorships = await em.find(Sponsorship, { where: { childId: media.childId, active: true }, select: { id: true, sponsorId: true } });
  let sent = 0;
  for (const sponsorId of new Set(sponsorships.map((s) => s.sponsorId))) {
    const done = await notify(em, {
      recipientId: sponsorId,
      type: NotificationType.NEW_PHOTO,
      text: (locale) => notificationTexts(locale, 'photoReleased', { child: child?.firstName }),
      params: { childFirstName: child?.firstName ?? null },
      itemRoute: '/sponsor/',
      itemId: media.globalId,
      ...settings,
    });
    if (done) sent += 1;
  }
  return sent;
}
