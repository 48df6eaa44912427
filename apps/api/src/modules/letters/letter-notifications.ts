import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { notify, notifySettings } from '../notifications/notifications.service';
import { NotificationType } from '../notifications/notification.entity';
import { User } from '../users/user.entity';
import type { Letter } from './letter.entity';

export type SponsorNotice = 'CHANGES_REQUESTED' | 'DELIVERED' | 'REPLY_RELEASED';

type Texts = { title: (child: string) => string; body: (child: string, reason: string | null) => string };

const TEXTS: Record<'en' | 'fr', Record<SponsorNotice, Texts>> = {
  en: {
    CHANGES_REQUESTED: {
      title: (c) => `Your letter to ${c} needs a change`,
      body: (c, r) => `Before we can pass your letter on to ${c}, please change it: ${r ?? ''}`.trim(),
    },
    DELIVERED: { title: (c) => `${c} has received your letter`, body: (c) => `Your letter was handed to ${c}.` },
    REPLY_RELEASED: { title: (c) => `A letter from ${c}`, body: (c) => `${c} has written to you. Open the portal to read the letter.` },
  },
  fr: {
    CHANGES_REQUESTED: {
      title: (c) => `Votre lettre à ${c} doit être modifiée`,
      body: (c, r) => `Avant de transmettre votre lettre à ${c}, merci de la modifier : ${r ?? ''}`.trim(),
    },
    DELIVERED: { title: (c) => `${c} a reçu votre lettre`, body: (c) => `Votre lettre a été remise à ${c}.` },
    REPLY_RELEASED: { title: (c) => `Une lettre de ${c}`, body: (c) => `${c} vous a écrit. Ouvrez le portail pour lire sa lettre.` },
  },
};

/** Notifies the letter's sponsor (in the portal, and by email per preference) in the same transaction as the change. */
export async function notifySponsor(ctx: Context, em: EntityManager, letter: Letter, notice: SponsorNotice, childFirstName: string | null, reason: string | null): Promise<void> {
  // The sponsor's address is read only to send this email; it never reaches the viewer (who may be a partner).
  const sponsor = await em.findOne(User, { where: { id: letter.sponsorId }, select: { id: true, email: true, locale: true, firstName: true } });
  if (!sponsor) return;
  const locale = sponsor.locale === 'fr' ? 'fr' : 'en';
  const texts = TEXTS[locale][notice];
  const child = childFirstName ?? (locale === 'fr' ? 'votre filleul' : 'your sponsored child');
  // The notification queues the email per the sponsor's preference (held back while it may be seen in the portal).
  await notify(em, {
    recipientId: sponsor.id,
    type: notice === 'REPLY_RELEASED' ? NotificationType.NEW_LETTER : NotificationType.LETTER_STATUS,
    text: { title: texts.title(child), body: texts.body(child, reason) },
    params: { notice, childFirstName, ...(reason ? { reason } : {}) },
    itemRoute: `/sponsor/letters/${letter.globalId}`,
    itemId: letter.globalId,
    ...notifySettings(ctx.services.config),
  });
}
