import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node } from '../../graphql/node';

/** An on-site partner that runs one or more projects. */
@ObjectType({ implements: Node })
@Entity('partner_organization')
export class PartnerOrganization extends Node {
  @Field()
  @Column()
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true, unique: true })
  salesforceId: string | null;
}
