import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../graphql/node';

export enum ApprovalDecision {
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ApprovalDecision, { name: 'ApprovalDecision', description: "A reviewer's decision on something submitted for review." });

/** What can be reviewed; media review adds its type here (and its visibility in approval.scope.ts). */
export enum ApprovalSubjectType {
  LETTER = 'Letter',
  MEDIA = 'Media',
}

/** One review decision on a letter (later also on media): who decided what, when, and why. Never changed. */
@ObjectType({ implements: Node })
@Entity('approval')
@Index(['subjectType', 'subjectId'])
export class Approval extends Node {
  // The column is Node's; recordApproval sets it from the JavaScript clock, so decisions sort exactly.
  @Field({ description: 'When the decision was made.' })
  createdAt: Date;

  @Field({ description: 'The type of what was reviewed, e.g. "Letter".' })
  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Field(() => ApprovalDecision)
  @Column({ type: 'varchar', length: 20 })
  decision: ApprovalDecision;

  @Index()
  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @Field(() => String, { nullable: true, description: 'Why: required when changes are requested or it is rejected.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
