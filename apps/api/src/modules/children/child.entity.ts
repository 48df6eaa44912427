import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { Project } from '../projects/project.entity';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Gender, { name: 'Gender' });

export enum ChildStatus {
  ACTIVE = 'ACTIVE',
  WAITING = 'WAITING',
  DEPARTED = 'DEPARTED',
}
registerEnumType(ChildStatus, {
  name: 'ChildStatus',
  valuesConfig: {
    ACTIVE: { description: 'In the programme and sponsored.' },
    WAITING: { description: 'In the programme, waiting for a sponsor.' },
    DEPARTED: { description: 'Has left the programme.' },
  },
});

/** A child in a project. Age and photo are derived; the last name is for partners and staff only. */
@ObjectType({ implements: Node })
@Entity('child')
export class Child extends Node {
  @Field({ description: 'Unique child code, e.g. KE-0042.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Field()
  @Column({ name: 'first_name' })
  firstName: string;

  @Column({ name: 'last_name' })
  lastName: string;

  @Field({ description: 'Date of birth (YYYY-MM-DD).' })
  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Field(() => Gender)
  @Column({ type: 'varchar', length: 10 })
  gender: Gender;

  @Field(() => ChildStatus)
  @Column({ type: 'varchar', length: 10, default: ChildStatus.ACTIVE })
  status: ChildStatus;

  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ name: 'photo_key', type: 'varchar', nullable: true })
  photoKey: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'salesforce_id', type: 'varchar', length: 18, nullable: true, unique: true })
  salesforceId: string | null;
}
