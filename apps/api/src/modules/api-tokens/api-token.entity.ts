import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../../graphql/global-id';
import { ApiScope } from './api-scope';

/** An integrator's service token: shown once, stored as a SHA-256 hash, revocable. */
@ObjectType({ description: "An integrator's API token. The secret itself is shown only when it is created." })
@Entity('api_token')
export class ApiToken {
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('ApiToken', this.id);
  }

  @Field({ description: 'What the token is for, e.g. "Finance reporting".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The first characters of the secret, to recognize it.' })
  @Column({ type: 'varchar', length: 12 })
  prefix: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64, select: false })
  tokenHash: string;

  @Field(() => [ApiScope])
  @Column({ type: 'text', array: true })
  scopes: ApiScope[];

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last time the token was used (to the minute).' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
