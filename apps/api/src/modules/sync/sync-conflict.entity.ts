import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A field both sides changed since the last sync; the owner's value won, this keeps the loser's. */
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
