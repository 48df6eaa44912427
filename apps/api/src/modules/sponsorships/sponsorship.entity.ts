import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { Child } from '../children/child.entity';
import { User } from '../users/user.entity';

/** A sponsor supporting a child, from a start date until an optional end date. */
@ObjectType({ implements: Node })
@Entity('sponsorship')
export class Sponsorship extends Node {
  @Index()
  @Column({ name: 'sponsor_id', type: 'uuid' })
  sponsorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sponsor_id' })
  sponsor?: User;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @ManyToOne(() => Child, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: Child;

  @Field({ description: 'First day of the sponsorship (YYYY-MM-DD).' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Last day, when the sponsorship has ended.' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true, unique: true })
  salesforceId: string | null;
}
