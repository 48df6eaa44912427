import type { EntityManager } from 'typeorm';
import type { Config } from '@portal/config';
import { NotificationType } from '../notifications/notification.entity';
import { notificationTexts } from '@portal/mail';
import { notify, notifySettings } from '../notifications/notifications.service';
import { type Document, DocumentAudience } from './document.entity';

/** The people a published document is for (active or invited; `notify` skips deactivated ones). */
export async function audienceRecipients(em: EntityManager, doc: Document): Promise<Array<{ id: string; role: string }>> {
  const q = (sql: string, params: unknown[]) => em.query(sql, params) as Promise<Array<{ id: string; role: string }>>;
  switch (doc.audience) {
    case DocumentAudience.ACCOUNT:
      return q(`SELECT id, role FROM "user" WHERE role = 'SPONSOR' AND account_id = $1`, [doc.accountId]);
    case DocumentAudience.PROJECT_SPONSORS:
      return q(`SELECT DISTINCT s.sponsor_id AS id, 'SPONSOR' AS role FROM sponsorship s JOIN child c ON c.id = s.child_id WHERE c.project_id = $1 AND s.active`, [doc.projectId]);
    case DocumentAudience.PROJECT_PARTNER:
    case DocumentAudience.PARTNER_ORGANIZATION:
      return q(`SELECT id, role FROM "user" WHERE role = 'PARTNER' AND partner_organization_id = $1`, [doc.partnerOrganizationId]);
    case DocumentAudience.ALL_SPONSORS:
      return q(`SELECT id, role FROM "user" WHERE role = 'SPONSOR'`, []);
    case DocumentAudience.ALL_PARTNERS:
      return q(`SELECT id, role FROM "user" WHERE role = 'PARTNER'`, []);
  }
}

/**
 * Tells a published document's audience (DOCUMENT_PUBLISHED), in the publishing transaction.
 * Returns how many people were notified.
 */
export async function notifyDocumentPublished(em: EntityManager, config: Config, doc: Document, versionNumber: number, exceptUserId: string | null): Promise<number> {
  let sent = 0;
  for (const r of await audienceRecipients(em, doc)) {
    if (r.id === exceptUserId) continue;
    const done = await notify(em, {
      recipientId: r.id,
      type: NotificationType.DOCUMENT_PUBLISHED,
      text: (locale) => notificationTexts(locale, versionNumber > 1 ? 'documentNewVersion' : 'documentPublished', { title: doc.title }),
      params: { title: doc.title, documentType: doc.type, version: versionNumber },
      itemRoute: `/${r.role === 'SPONSOR' ? 'sponsor' : 'partner'}/documents/${doc.globalId}`,
      itemId: doc.globalId,
      ...notifySettings(config),
    });
    if (done) sent += 1;
  }
  return sent;
}
