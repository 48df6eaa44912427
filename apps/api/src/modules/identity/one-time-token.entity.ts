import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum TokenPurpose {
  INVITATION = 'INVITATION',
  MAGIC_LINK = 'MAGIC_LINK',
  PASSWORD_RESET = 'PASSWORD_RESET',
  TWO_FACTOR_CHALLENGE = 'TWO_FACTOR_CHALLENGE',
  TWO_FACTOR_ENROLLMENT = 'TWO_FACTOR_ENROLLMENT',
}

/** A single-use token sent by email (invitation, magic link, password reset), stored only as a hash. */
@Entity('one_time_token')
@Index(['userId', 'purpose'])
export class OneTimeToken {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 30 })
  purpose: TokenPurpose;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
