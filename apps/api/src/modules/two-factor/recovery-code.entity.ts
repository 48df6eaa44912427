import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A one-time recovery code for two-factor sign-in, stored as a hash. */
@Entity('two_factor_recovery_code')
export class RecoveryCode {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
