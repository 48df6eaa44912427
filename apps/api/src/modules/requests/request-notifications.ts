import type { EntityManager } from 'typeorm';
import type { Config } from '@portal/config';
import { NotificationType } from '../notifications/notification.entity';
import { notify, notifySettings, inLocale } from '../notifications/notifications.service';
import { RequesterKind, type Request } from './request.entity';
import { RequestStatus } from './request-state';

export type RequestNews = 'REPLY' | 'WAITING' | 'RESOLVED';

const TEXTS = {
  en: {
    REPLY: (s: string) => ({ title: `New reply on your request "${s}"`, body: 'Our team answered your request.' }),
    WAITING: (s: string) => ({ title: `Your request "${s}" is waiting for you`, body: 'We need something from you to go on.' }),
    RESOLVED: (s: string) => ({ title: `Your request "${s}" is resolved`, body: 'If something is still missing, answer in the request.' }),
  },
  fr: {
    REPLY: (s: string) => ({ title: `Nouvelle réponse à votre demande « ${s} »`, body: 'Notre équipe a répondu à votre demande.' }),
    WAITING: (s: string) => ({ title: `Votre demande « ${s} » attend votre réponse`, body: 'Il nous manque quelque chose de votre part pour avancer.' }),
    RESOLVED: (s: string) => ({ title: `Votre demande « ${s} » est résolue`, body: 'S’il manque encore quelque chose, répondez dans la demande.' }),
  },
};

/** What a staff step tells the requester: waiting for them beats a plain reply; status news only for waiting or resolved. */
export function requestNews(replied: boolean, statusChangedTo: RequestStatus | null): RequestNews | null {
  if (statusChangedTo === RequestStatus.WAITING_FOR_REQUESTER) return 'WAITING';
  if (replied) return 'REPLY';
  if (statusChangedTo === RequestStatus.RESOLVED) return 'RESOLVED';
  return null;
}

/** Tells the requester (REQUEST_UPDATE) in the step's transaction, with a link to the request in their app. */
export async function notifyRequester(em: EntityManager, config: Config, request: Request, news: RequestNews): Promise<void> {
  const app = request.requesterKind === RequesterKind.SPONSOR ? 'sponsor' : 'partner';
  await notify(em, {
    recipientId: request.requesterId,
    type: NotificationType.REQUEST_UPDATE,
    text: (locale) => inLocale(TEXTS, locale)[news](request.subject),
    params: { subject: request.subject, news, status: request.status },
    itemRoute: `/${app}/requests/${request.globalId}`,
    itemId: request.globalId,
    ...notifySettings(config),
  });
}
