import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Role } from '../users/user.entity';
import { ACTIVE_WINDOW_DAYS } from './kpi-math';

const MONTH = 'Calendar month in UTC, "YYYY-MM".';

@ObjectType({
  description: `People of one role: how many may sign in, and how many are active — signed in, or renewed their session, within the ${ACTIVE_WINDOW_DAYS} days before the period's end.`,
})
export class ActiveUsersByRole {
  @Field(() => Role)
  role: Role;

  @Field(() => Int, { description: `Signed in or renewed a session within the last ${ACTIVE_WINDOW_DAYS} days (and may still sign in).` })
  active: number;

  @Field(() => Int, { description: 'People of this role who may sign in (status ACTIVE) and existed at the period end.' })
  people: number;
}

@ObjectType({ description: 'Letters in one month.' })
export class LetterKpiMonth {
  @Field({ description: MONTH })
  month: string;

  @Field(() => Int, { description: 'Letters from sponsors to children submitted in the month.' })
  submitted: number;

  @Field(() => Int, { description: 'Replies from children recorded by partners in the month.' })
  replies: number;

  @Field(() => Int, { description: 'Letters handed to children in the month.' })
  delivered: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from submission to delivery of the letters delivered in the month; null without deliveries.' })
  medianHoursToDelivery: number | null;
}

@ObjectType({ description: 'Letters over the period: totals, then each month.' })
export class LetterKpis {
  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  replies: number;

  @Field(() => Int)
  delivered: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from submission to delivery over all letters delivered in the period.' })
  medianHoursToDelivery: number | null;

  @Field(() => [LetterKpiMonth])
  months: LetterKpiMonth[];
}

@ObjectType({ description: 'Converted partner photos by how their child was found, in one month (by when the file was processed).' })
export class UploadKpiMonth {
  @Field({ description: MONTH })
  month: string;

  @Field(() => Int, { description: 'Matched to a child from the file and folder name, with nobody changing it.' })
  automatic: number;

  @Field(() => Int, { description: 'Child assigned or changed by hand by the partner.' })
  byHand: number;

  @Field(() => Int, { description: 'No child found with confidence, and not fixed yet.' })
  needsAttention: number;

  @Field(() => Float, { nullable: true, description: 'automatic / (automatic + byHand + needsAttention), 0..1; null without photos.' })
  automaticShare: number | null;
}

@ObjectType({ description: 'Matching of partner photos to children over the period (failed and duplicate files are not counted).' })
export class UploadKpis {
  @Field(() => Int)
  automatic: number;

  @Field(() => Int)
  byHand: number;

  @Field(() => Int)
  needsAttention: number;

  @Field(() => Float, { nullable: true, description: 'Share matched automatically, 0..1; null without photos.' })
  automaticShare: number | null;

  @Field(() => [UploadKpiMonth])
  months: UploadKpiMonth[];
}

@ObjectType({ description: 'Requests in one month.' })
export class RequestKpiMonth {
  @Field({ description: MONTH })
  month: string;

  @Field(() => Int, { description: 'Requests opened by sponsors and partners in the month.' })
  opened: number;

  @Field(() => Int, { description: 'Requests marked resolved in the month.' })
  resolved: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from opening to resolution of the requests resolved in the month; null without any.' })
  medianHoursToResolve: number | null;
}

@ObjectType({ description: 'Requests over the period (a request closed without being resolved has no resolution time).' })
export class RequestKpis {
  @Field(() => Int)
  opened: number;

  @Field(() => Int)
  resolved: number;

  @Field(() => Float, { nullable: true })
  medianHoursToResolve: number | null;

  @Field(() => [RequestKpiMonth])
  months: RequestKpiMonth[];
}

@ObjectType({ description: 'Key figures for staff over a period of calendar months (UTC).' })
export class Kpis {
  @Field({ description: 'Start of the first month.' })
  from: Date;

  @Field({ description: 'Start of the month after the last (exclusive).' })
  to: Date;

  @Field(() => [String], { description: 'The months of the period, oldest first ("YYYY-MM"); every series has one entry per month.' })
  months: string[];

  @Field(() => Int, { description: 'How many days back "active" looks from the period end.' })
  activeWindowDays: number;

  @Field(() => [ActiveUsersByRole], { description: 'One entry per role, in a fixed order: sponsors, partners, staff, staff admins.' })
  activeUsers: ActiveUsersByRole[];

  @Field(() => LetterKpis)
  letters: LetterKpis;

  @Field(() => UploadKpis)
  uploads: UploadKpis;

  @Field(() => RequestKpis)
  requests: RequestKpis;
}
