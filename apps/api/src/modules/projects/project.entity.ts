import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { PartnerOrganization } from '../partners/partner-organization.entity';

/** A site where children are supported, run by one partner organization. */
@ObjectType({ implements: Node })
@Entity('project')
export class Project extends Node {
  @Field()
  @Column()
  name: string;

  @Field({ description: 'Short project code, also the prefix of its children codes (e.g. "KE").' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Index()
  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId: string;

  @ManyToOne(() => PartnerOrganization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organization_id' })
  partnerOrganization?: PartnerOrganization;

  @Field(() => String, { nullable: true })
  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true, unique: true })
  salesforceId: string | null;
}
