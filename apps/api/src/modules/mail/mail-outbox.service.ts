import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MailOutbox, MailStatus } from './mail-outbox.entity';

export interface MailRequest {
  to: string;
  template: string;
  locale: string;
  params: Record<string, unknown>;
}

/** Queues an email in the outbox. Pass the transaction's manager so it commits with the change. */
export async function enqueueMail(db: EntityManager, mail: MailRequest): Promise<void> {
  const row = db.create(MailOutbox, {
    id: randomUUID(),
    toAddress: mail.to,
    template: mail.template,
    locale: mail.locale,
    params: mail.params,
    status: MailStatus.PENDING,
    attempts: 0,
  });
  // TypeORM's insert typing cannot express a jsonb Record; the entity is complete.
  await db.insert(MailOutbox, row as never);
}
