import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum SyncOutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  DEAD = 'DEAD',
}

export enum SyncOperation {
  UPSERT = 'UPSERT',
}

/**
 * A portal change to push to Salesforce, written in the same transaction as the change itself
 * (transactional outbox): nothing is lost, nothing is sent for a change that rolled back.
 */
@Entity('sync_outbox')
@Index(['status', 'nextAttemptAt'])
@Index(['entityType', 'entityId'])
export class SyncOutbox {
  @PrimaryColumn('uuid')
  id: string;

  /** The mapping name, e.g. "letter". */
  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: string;

  /** The portal id; also the external ID value in Salesforce. */
  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 10 })
  operation: SyncOperation;

  /** Portal values (mapping `portal` keys) as of the change. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10, default: SyncOutboxStatus.PENDING })
  status: SyncOutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error_code', type: 'varchar', length: 80, nullable: true })
  lastErrorCode: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true })
  salesforceId: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
