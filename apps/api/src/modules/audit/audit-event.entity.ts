import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../../graphql/global-id';

/** Something security-relevant that happened: who, what, to which target, when, from where. */
@ObjectType()
@Entity('audit_event')
@Index(['action', 'createdAt'])
export class AuditEvent {
  // Not a Node: audit events are read only through the staff list and its CSV export.
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('AuditEvent', this.id);
  }

  @Field({ description: 'When it happened.' })
  @Index()
  // Millisecond precision, so that the keyset cursor (an ISO timestamp) compares exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'What happened, e.g. "auth.sign_in" or "auth.sign_in_failed".' })
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Index()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Email of the person who acted (or tried to), if known.' })
  @Column({ name: 'actor_email', type: 'varchar', length: 320, nullable: true })
  actorEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'target_type', type: 'varchar', length: 40, nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'user_agent', type: 'varchar', length: 400, nullable: true })
  userAgent: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Details of the event (never secrets).' })
  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;
}
