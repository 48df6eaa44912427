import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SAFEGUARDING_KINDS } from '@portal/safeguarding';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/user-error';
import { Project } from '../projects/project.entity';
import { Letter } from './letter.entity';
import { LetterStep } from './letter-timeline';

export const SafeguardingKindEnum = Object.fromEntries(SAFEGUARDING_KINDS.map((k) => [k, k])) as Record<(typeof SAFEGUARDING_KINDS)[number], string>;
registerEnumType(SafeguardingKindEnum, { name: 'SafeguardingKind', description: 'What the safeguarding check found.' });
registerEnumType(LetterStep, { name: 'LetterStep' });

@ObjectType({ description: 'A passage that must not reach a child (contact details, links, money or gifts).' })
export class SafeguardingFlag {
  @Field(() => SafeguardingKindEnum)
  kind: string;

  @Field({ description: 'The flagged text.' })
  match: string;

  @Field(() => Int, { description: 'Offset of the first character in the text.' })
  start: number;

  @Field(() => Int, { description: 'Offset after the last character (exclusive).' })
  end: number;

  @Field({ description: 'Why it is flagged, in the language of the letter.' })
  message: string;
}

@ObjectType({ description: 'One step of a letter on its way, for the sponsor.' })
export class LetterTimelineStep {
  @Field(() => LetterStep)
  step: LetterStep;

  @Field({ description: 'E.g. "Delivered to Amani".' })
  label: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; null while still ahead.' })
  at: Date | null;

  @Field()
  done: boolean;

  @Field(() => String, { nullable: true, description: "The reviewer's reason on a changes-requested or rejected step." })
  reason: string | null;
}

@ObjectType({ description: 'Built-in stationery a letter can be printed on.' })
export class LetterStationery {
  @Field({ description: 'The value of `stationeryKey`, e.g. "balloons".' })
  key: string;

  @Field()
  label: string;

  @Field()
  description: string;
}

@ObjectType()
export class LetterConnection extends Connection(Letter) {}

@ObjectType({ description: 'How many letters of a project match.' })
export class ProjectLetterCount {
  @Field(() => Project, { nullable: true })
  project: Project | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts over the whole filtered queue (all pages).' })
export class LetterQueueCounts {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Letters with safeguarding flags.' })
  flagged: number;

  @Field(() => [ProjectLetterCount])
  byProject: ProjectLetterCount[];
}

@ObjectType({ description: 'Letters waiting for staff, oldest submission first.' })
export class LetterQueueConnection extends LetterConnection {
  @Field(() => LetterQueueCounts)
  counts: Promise<LetterQueueCounts> | LetterQueueCounts;
}

@ObjectType({ description: "Released letters to one project's children." })
export class PrintQueueGroup {
  @Field(() => Project)
  project: Project;

  @Field(() => Int)
  count: number;

  /** Internal: which letters the group's `letters` field pages through. */
  status: string;
}

@ObjectType()
export class LetterPayload {
  @Field(() => Letter, { nullable: true })
  letter: Letter | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'What happened to one letter of a bulk request.' })
export class LetterResult {
  @Field(() => ID, { description: 'The ID asked for (or, when writing, the child written to).' })
  id: string;

  @Field(() => Letter, { nullable: true, description: 'The letter after the change; null when it failed.' })
  letter: Letter | null;

  @Field(() => UserError, { nullable: true })
  userError: UserError | null;
}

@ObjectType({ description: 'Outcome of a request about several letters; each succeeds or fails on its own.' })
export class LettersPayload {
  @Field(() => [LetterResult], { description: 'One result per ID asked for, in the same order.' })
  results: LetterResult[];

  @Field(() => [UserError], { description: 'Every failure, with the index of the ID in `field`.' })
  userErrors: UserError[];
}
