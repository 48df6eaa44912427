import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { SafeguardingFlag } from '@portal/safeguarding';
import { Node } from '../../graphql/node';
import { Child } from '../children/child.entity';
import { Sponsorship } from '../sponsorships/sponsorship.entity';
import { User } from '../users/user.entity';
import { LetterActor, LetterDirection, LetterStatus } from './letter-state';

registerEnumType(LetterDirection, { name: 'LetterDirection' });
registerEnumType(LetterStatus, {
  name: 'LetterStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written; only the writer sees it.' },
    SUBMITTED: { description: 'Waiting for staff review.' },
    CHANGES_REQUESTED: { description: 'Sent back to the writer with a reason.' },
    REJECTED: { description: 'Will not be delivered.' },
    APPROVED: { description: 'Released: to the partner for printing, or (a reply) to the sponsor.' },
    PRINTED: { description: 'Printed by the partner, waiting to be handed over.' },
    DELIVERED: { description: 'Handed to the child.' },
  },
});
registerEnumType(LetterActor, { name: 'LetterActor', description: 'Who must act next on a letter.' });

const ms = { type: 'timestamptz', precision: 3, nullable: true } as const;

/**
 * A letter between a sponsor and a sponsored child, either way. `childId` and `sponsorId` are
 * copied from the sponsorship (which never changes either), so row scope is one indexed predicate.
 */
@ObjectType({ implements: Node })
@Entity('letter')
@Index(['status', 'submittedAt'])
export class Letter extends Node {
  // The column is Node's; services set it from the JavaScript clock (milliseconds), so keyset
  // cursors on it compare exactly.
  @Field({ description: 'When the letter was first saved.' })
  createdAt: Date;

  @Field(() => LetterDirection)
  @Column({ type: 'varchar', length: 20 })
  direction: LetterDirection;

  @Index()
  @Column({ name: 'sponsorship_id', type: 'uuid' })
  sponsorshipId: string;

  @ManyToOne(() => Sponsorship, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sponsorship_id' })
  sponsorship?: Sponsorship;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @ManyToOne(() => Child, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: Child;

  @Index()
  @Column({ name: 'sponsor_id', type: 'uuid' })
  sponsorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sponsor_id' })
  sponsor?: User;

  /** The sponsor for letters to a child; the partner user who recorded a reply. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Index()
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Field({ description: 'The text (merge fields already filled in).' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'Language of the text, e.g. "en" or "fr".' })
  @Column({ type: 'varchar', length: 10 })
  language: string;

  @Field(() => LetterStatus)
  @Column({ type: 'varchar', length: 20 })
  status: LetterStatus;

  @Field(() => LetterActor, { description: 'Who must act next.' })
  @Column({ name: 'next_actor', type: 'varchar', length: 10 })
  nextActor: LetterActor;

  /** The safeguarding check's findings at the last save; exposed through a field resolver. */
  @Column({ type: 'jsonb', default: [] })
  flags: SafeguardingFlag[];

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', ...ms })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When staff released it.' })
  @Column({ name: 'approved_at', ...ms })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'printed_at', ...ms })
  printedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'delivered_at', ...ms })
  deliveredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the sponsor first opened a reply.' })
  @Column({ name: 'first_read_at', ...ms })
  firstReadAt: Date | null;

  @Index()
  @Column({ name: 'in_reply_to_id', type: 'uuid', nullable: true })
  inReplyToId: string | null;

  @ManyToOne(() => Letter, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'in_reply_to_id' })
  inReplyTo?: Letter | null;

  @Field(() => String, { nullable: true, description: 'Key of the stationery template to print on.' })
  @Column({ name: 'stationery_key', type: 'varchar', length: 40, nullable: true })
  stationeryKey: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true, unique: true })
  salesforceId: string | null;
}
