import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node } from '../../graphql/node';

export enum AccountKind {
  HOUSEHOLD = 'HOUSEHOLD',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(AccountKind, { name: 'AccountKind', description: 'A household or a company/organization (the CRM Account).' });

/** A sponsor account: a household or an organization, mirrored from the CRM Account. */
@ObjectType({ implements: Node })
@Entity('account')
export class Account extends Node {
  @Field()
  @Column()
  name: string;

  @Field(() => AccountKind)
  @Column({ type: 'varchar', length: 20 })
  kind: AccountKind;

  @Field(() => String, { nullable: true, description: 'The CRM record ID, when the record came from Salesforce.' })
  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true, unique: true })
  salesforceId: string | null;
}
