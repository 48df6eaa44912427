import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Node } from '../../graphql/node';

export enum NotificationType {
  LETTER_STATUS = 'LETTER_STATUS',
  NEW_LETTER = 'NEW_LETTER',
  NEW_PHOTO = 'NEW_PHOTO',
  REQUEST_UPDATE = 'REQUEST_UPDATE',
  DOCUMENT_PUBLISHED = 'DOCUMENT_PUBLISHED',
  INVITATION = 'INVITATION',
  ARCHIVE_READY = 'ARCHIVE_READY',
}
registerEnumType(NotificationType, {
  name: 'NotificationType',
  description: 'What a notification is about; email preferences are set per type.',
  valuesConfig: {
    LETTER_STATUS: { description: 'A letter of mine changed status (delivered, needs a change, …).' },
    NEW_LETTER: { description: 'A new letter from a child.' },
    NEW_PHOTO: { description: 'A new photo of a child was released.' },
    REQUEST_UPDATE: { description: 'A reply on a request, or a request waiting for me.' },
    DOCUMENT_PUBLISHED: { description: 'A document was published for me.' },
    INVITATION: { description: 'An invitation I sent or received.' },
    ARCHIVE_READY: { description: 'The personal archive I asked for is ready to download.' },
  },
});

export enum EmailMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}
registerEnumType(EmailMode, {
  name: 'EmailMode',
  valuesConfig: {
    IMMEDIATE: { description: 'An email shortly after, unless I have already seen it in the portal.' },
    DAILY_DIGEST: { description: 'One email a day listing what I have not seen yet.' },
    OFF: { description: 'No email; in the portal only.' },
  },
});

/**
 * Something new or needing action for one person, written in the same transaction as the event.
 * Title and body are rendered in the recipient's language when the event happens.
 */
@ObjectType({ implements: Node })
@Entity('notification')
@Index(['recipientId', 'createdAt'])
@Index('IDX_notification_unread', ['recipientId'], { where: 'read_at IS NULL' })
export class Notification extends Node {
  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Field(() => NotificationType)
  @Column({ type: 'varchar', length: 30 })
  type: NotificationType;

  @Field({ description: 'One line, in the recipient\'s language.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: 'More detail, in the recipient\'s language.' })
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Values the texts were made from (e.g. the child\'s first name), for clients that word it themselves.' })
  @Column({ type: 'jsonb', default: {} })
  params: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Where the item opens: an SPA route such as "/sponsor/letters/<id>".' })
  @Column({ name: 'item_route', type: 'varchar', length: 500, nullable: true })
  itemRoute: string | null;

  @Field(() => String, { nullable: true, description: 'Global ID of the item (letter, photo, request, document).' })
  @Column({ name: 'item_id', type: 'varchar', length: 200, nullable: true })
  itemId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @Field({ description: 'When it happened.' })
  createdAt: Date;

  /** How the recipient wanted email for this type when it happened. */
  @Column({ name: 'email_mode', type: 'varchar', length: 15 })
  emailMode: EmailMode;

  /** The delayed email in the mail outbox (IMMEDIATE), withdrawn if read before it is sent. */
  @Column({ name: 'mail_outbox_id', type: 'uuid', nullable: true })
  mailOutboxId: string | null;

  /** When a daily digest listed it (DAILY_DIGEST), so the next one does not repeat it. */
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}

/** A person's choice of email for one notification type; absent means the type's default. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @PrimaryColumn('varchar', { length: 30 })
  type: NotificationType;

  @Column({ type: 'varchar', length: 15 })
  mode: EmailMode;
}
