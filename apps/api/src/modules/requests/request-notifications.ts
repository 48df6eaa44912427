import type { EntityManager } from 'typeorm';
import type { Config } from '@portal/config';
import { NotificationType } from '../notifications/notification.entity';
import { notificationTexts } from '@portal/mail';
import { notify, notifySettings } from '../notifications/notifications.service';
import { RequesterKind, type Request } from './request.entity';
import { RequestStatus } from './request-state';

export type RequestNews = 'REPLY' | 'WAITING' | 'RESOLVED';

const TEXT_KEY = { REPLY: 'requestReply', WAITING: 'requestWaiting', RESOLVED: 'requestResolved' } as const;

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
    text: (locale) => notificationTexts(locale, TEXT_KEY[news], { subject: request.subject }),
    params: { subject: request.subject, news, status: request.status },
    itemRoute: `/${app}/requests/${request.globalId}`,
    itemId: request.globalId,
    ...notifySettings(config),
  });
}
