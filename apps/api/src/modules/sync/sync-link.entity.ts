import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A portal row ↔ Salesforce record pair with the mapped values as of the last sync: the base that
 * tells who changed a field (conflicts), and the Salesforce Id of rows that have no column for it.
 */
@Entity('sync_link')
@Index(['object', 'entityId'], { unique: true })
export class SyncLink {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  object: string;

  @PrimaryColumn({ name: 'salesforce_id', type: 'varchar', length: 18 })
  salesforceId: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ name: 'synced_values', type: 'jsonb' })
  values: Record<string, unknown>;

  @Column({ name: 'synced_at', type: 'timestamptz' })
  syncedAt: Date;
}
