import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where inbound sync of one mapping stands; written in the same transaction as the rows it covers. */
@Entity('sync_cursor')
export class SyncCursor {
  /** The mapping name, e.g. "child". */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  object: string;

  /** SystemModstamp of the newest record applied. */
  @Column({ type: 'timestamptz', nullable: true })
  modstamp: Date | null;

  /** Deletes are applied up to here (Salesforce's latestDateCovered). */
  @Column({ name: 'deleted_until', type: 'timestamptz', nullable: true })
  deletedUntil: Date | null;

  @Column({ name: 'last_run_at', type: 'timestamptz', nullable: true })
  lastRunAt: Date | null;

  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;

  /** Rows created, updated or deleted in the portal by the last run. */
  @Column({ name: 'rows_applied', type: 'int', default: 0 })
  rowsApplied: number;

  /** Records parked or failed in the last run. */
  @Column({ type: 'int', default: 0 })
  errors: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
