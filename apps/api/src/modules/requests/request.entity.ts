import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../graphql/node';
import { RequestActor, RequestStatus } from './request-state';
import type { AnswerValue } from './request-validation';

registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  valuesConfig: {
    RECEIVED: { description: 'Received; nobody has started on it yet.' },
    IN_PROGRESS: { description: 'Staff are working on it.' },
    WAITING_FOR_REQUESTER: { description: 'Staff asked the requester something ("Waiting for you").' },
    RESOLVED: { description: 'Done; the requester may still answer, which reopens it.' },
    CLOSED: { description: 'Closed; only staff can reopen it.' },
  },
});
registerEnumType(RequestActor, { name: 'RequestActor', description: 'Who must act next on a request.' });

export enum RequesterKind {
  SPONSOR = 'SPONSOR',
  PARTNER = 'PARTNER',
}
registerEnumType(RequesterKind, { name: 'RequesterKind' });

const ms = { type: 'timestamptz', precision: 3, nullable: true } as const;

/**
 * A request opened from a form by a sponsor or a partner. The requester's account or partner
 * organization is copied in, so row scope is one indexed predicate.
 */
@ObjectType({ implements: Node })
@Entity('request')
@Index(['status', 'dueAt'])
export class Request extends Node {
  // Set from the JavaScript clock (milliseconds), so keyset cursors on it compare exactly.
  // The column is Node's; services set it from the JavaScript clock, so keyset cursors compare exactly.
  @Field({ description: 'When the request was opened.' })
  createdAt: Date;

  @Index()
  @Column({ name: 'form_id', type: 'uuid' })
  formId: string;

  @Index()
  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @Field(() => RequesterKind)
  @Column({ name: 'requester_kind', type: 'varchar', length: 10 })
  requesterKind: RequesterKind;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Index()
  @Column({ name: 'partner_organization_id', type: 'uuid', nullable: true })
  partnerOrganizationId: string | null;

  @Field({ description: 'The form’s English name when the request was opened (the form may change later).' })
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  /** Answers by field key (validated against the form when opened). */
  @Column({ type: 'jsonb', default: {} })
  answers: Record<string, AnswerValue>;

  @Field(() => RequestStatus)
  @Column({ type: 'varchar', length: 30 })
  status: RequestStatus;

  @Field(() => RequestActor, { description: 'Who must act next; always set.' })
  @Column({ name: 'next_actor', type: 'varchar', length: 10 })
  nextActor: RequestActor;

  @Index()
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'due_at', ...ms })
  dueAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'resolved_at', ...ms })
  resolvedAt: Date | null;

  @Field(() => Date, { description: 'The last message or status change.' })
  @Column({ name: 'last_activity_at', type: 'timestamptz', precision: 3 })
  lastActivityAt: Date;
}

/** One message of a request's thread; internal notes are for staff only (enforced by row scope). */
@ObjectType({ implements: Node })
@Entity('request_message')
export class RequestMessage extends Node {
  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  @Index()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field({ description: 'Written by staff (false: by the requester’s side).' })
  @Column({ name: 'from_staff', type: 'boolean' })
  fromStaff: boolean;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'A staff-only note; requesters never receive these.' })
  @Column({ type: 'boolean', default: false })
  internal: boolean;
}

/** A file attached to a request (a form answer or a message). The bytes live in object storage. */
@ObjectType({ implements: Node })
@Entity('request_attachment')
export class RequestAttachment extends Node {
  /** Null until the request that uses it is opened (or the message is sent). */
  @Index()
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId: string | null;

  @Index()
  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;

  @Field()
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Field()
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int)
  @Column({ name: 'byte_size', type: 'int' })
  byteSize: number;

  @Column({ name: 'object_key', type: 'varchar', length: 300 })
  objectKey: string;
}
