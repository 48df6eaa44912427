import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { Account } from '../accounts/account.entity';
import { PartnerOrganization } from '../partners/partner-organization.entity';

export enum Role {
  STAFF_ADMIN = 'STAFF_ADMIN',
  STAFF = 'STAFF',
  PARTNER = 'PARTNER',
  SPONSOR = 'SPONSOR',
}
registerEnumType(Role, { name: 'Role' });

export const STAFF_ROLES: readonly Role[] = [Role.STAFF_ADMIN, Role.STAFF];

export enum UserStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(UserStatus, {
  name: 'UserStatus',
  valuesConfig: {
    INVITED: { description: 'Invited; has not set a password yet.' },
    ACTIVE: { description: 'Can sign in.' },
    DEACTIVATED: { description: 'Can no longer sign in.' },
  },
});

/** A person who signs in: staff, a partner user (one organization) or a sponsor (one account). */
@ObjectType({ implements: Node })
@Entity('user')
export class User extends Node {
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field()
  @Column({ name: 'first_name' })
  firstName: string;

  @Field()
  @Column({ name: 'last_name' })
  lastName: string;

  @Field()
  @Column({ name: 'display_name' })
  displayName: string;

  @Field({ description: 'BCP 47 language tag, e.g. "en" or "fr".' })
  @Column({ type: 'varchar', length: 10, default: 'en' })
  locale: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ name: 'password_hash', type: 'varchar', nullable: true, select: false })
  passwordHash: string | null;

  @Field(() => UserStatus)
  @Column({ type: 'varchar', length: 12, default: UserStatus.ACTIVE })
  status: UserStatus;

  @Field({ description: 'For sponsors: may invite and remove the people of their account.' })
  @Column({ name: 'is_account_admin', default: false })
  isAccountAdmin: boolean;

  // The TOTP secret; pending while twoFactorEnabledAt is null. Never selected unless asked for.
  @Column({ name: 'totp_secret', type: 'varchar', length: 64, nullable: true, select: false })
  totpSecret: string | null;

  @Column({ name: 'two_factor_enabled_at', type: 'timestamptz', nullable: true })
  twoFactorEnabledAt: Date | null;

  // The last TOTP time step accepted, so that a code cannot be used twice.
  @Column({ name: 'totp_last_step', type: 'int', nullable: true })
  totpLastStep: number | null;

  @Field({ description: 'Whether sign-in asks for a code from an authenticator app.' })
  get twoFactorEnabled(): boolean {
    return !!this.twoFactorEnabledAt;
  }

  /** Only active people can sign in or use a token. */
  get canSignIn(): boolean {
    return this.status === UserStatus.ACTIVE;
  }

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: Account | null;

  @Column({ name: 'partner_organization_id', type: 'uuid', nullable: true })
  partnerOrganizationId: string | null;

  @ManyToOne(() => PartnerOrganization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organization_id' })
  partnerOrganization?: PartnerOrganization | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true, unique: true })
  salesforceId: string | null;
}
