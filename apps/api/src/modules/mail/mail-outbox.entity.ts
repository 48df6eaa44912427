import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../../graphql/global-id';

export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent (or to be retried).' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'Gave up after several attempts; see lastError.' },
  },
});

/**
 * An email to send, written in the same transaction as the change that causes it (transactional
 * outbox), so an email is never lost nor sent for a change that was rolled back.
 */
@ObjectType()
@Entity('mail_outbox')
@Index(['status', 'nextAttemptAt'])
export class MailOutbox {
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('MailOutbox', this.id);
  }

  @Field({ description: 'Recipient address.' })
  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  toAddress: string;

  @Field({ description: 'Template name, e.g. "invitation".' })
  @Column({ type: 'varchar', length: 40 })
  template: string;

  @Field()
  @Column({ type: 'varchar', length: 10 })
  locale: string;

  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Subject as sent (filled when rendered).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'Plain-text body as sent.' })
  @Column({ name: 'body_text', type: 'text', nullable: true })
  bodyText: string | null;

  @Field(() => MailStatus)
  @Column({ type: 'varchar', length: 10, default: MailStatus.PENDING })
  status: MailStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  // Kept for the outbox view; never exposed because it may hold a sign-in link.
  @Field(() => GraphQLJSONObject, { description: 'Template parameters, with links removed.' })
  get safeParams(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.params).filter(([k]) => !/link|url|token/i.test(k)));
  }
}
