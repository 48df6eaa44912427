import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A Salesforce record the inbound sync could not apply yet (missing parent, missing value); retried each run. */
@Entity('sync_parked')
@Index(['object', 'salesforceId'], { unique: true })
export class SyncParked {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  object: string;

  @Column({ name: 'salesforce_id', type: 'varchar', length: 18 })
  salesforceId: string;

  /** The record as Salesforce sent it, so a retry needs no extra call. */
  @Column({ type: 'jsonb' })
  record: Record<string, unknown>;

  @Column({ name: 'error_code', type: 'varchar', length: 80 })
  errorCode: string;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'int', default: 1 })
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
