import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum SyncConflictStatus {
  OPEN = 'OPEN',
  KEPT_PORTAL = 'KEPT_PORTAL',
  KEPT_SALESFORCE = 'KEPT_SALESFORCE',
}

/**
 * A field both sides changed since the last sync. The winner's value stands meanwhile; this row keeps
 * both, so nothing is lost, until staff keep one of them.
 */
@Entity('sync_conflict')
@Index(['object', 'salesforceId'])
export class SyncConflict {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  object: string;

  @Column({ name: 'salesforce_id', type: 'varchar', length: 18 })
  salesforceId: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 80 })
  field: string;

  @Column({ name: 'base_value', type: 'jsonb', nullable: true })
  baseValue: unknown;

  @Column({ name: 'portal_value', type: 'jsonb', nullable: true })
  portalValue: unknown;

  @Column({ name: 'salesforce_value', type: 'jsonb', nullable: true })
  salesforceValue: unknown;

  /** "salesforce" or "portal". */
  @Column({ type: 'varchar', length: 12 })
  winner: string;

  @Column({ type: 'varchar', length: 16, default: SyncConflictStatus.OPEN })
  status: SyncConflictStatus;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
