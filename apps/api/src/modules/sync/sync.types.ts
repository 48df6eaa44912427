import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/user-error';

@ObjectType({ description: 'Where the sync of one Salesforce object stands.' })
export class SyncObjectStatus {
  @Field({ description: 'The portal mapping, e.g. "child".' })
  object: string;

  @Field({ description: 'The Salesforce object, e.g. "Child__c".' })
  salesforceObject: string;

  @Field({ description: '"salesforce" (read in) or "portal" (pushed out).' })
  owner: string;

  @Field(() => Date, { nullable: true, description: 'SystemModstamp of the newest record applied (the inbound cursor).' })
  cursor: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deletes are applied up to here.' })
  deletedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  lastRunAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastSuccessAt: Date | null;

  @Field(() => Int, { description: 'Rows created, changed or deleted in the portal by the last run.' })
  rowsApplied: number;

  @Field(() => Int, { description: 'Records parked or failed in the last run.' })
  errors: number;

  @Field(() => Int, { description: 'Portal changes of this object sent to Salesforce in the last 24 hours.' })
  recordsOut: number;

  @Field(() => Int, { description: 'Portal changes of this object waiting to be sent.' })
  pendingOut: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;
}

@ObjectType({ description: 'The Salesforce sync at a glance (staff).' })
export class SyncStatus {
  @Field(() => [SyncObjectStatus])
  objects: SyncObjectStatus[];

  @Field(() => Int, { description: 'Portal changes waiting to be sent.' })
  outboxPending: number;

  @Field(() => Int, { description: 'Portal changes that gave up (dead letters).' })
  outboxDead: number;

  @Field(() => Int, { description: 'Salesforce records waiting for a parent or a fix.' })
  parked: number;

  @Field(() => Int, { description: 'Open conflicts: fields both sides changed since the last sync, waiting for staff.' })
  conflicts: number;

  @Field({ description: 'The server runs the sync (Salesforce is configured).' })
  enabled: boolean;

  @Field({ description: 'A run is in progress.' })
  running: boolean;
}

export enum SyncProblemKind {
  DEAD_LETTER = 'DEAD_LETTER',
  PARKED = 'PARKED',
}
registerEnumType(SyncProblemKind, {
  name: 'SyncProblemKind',
  valuesConfig: {
    DEAD_LETTER: { description: 'A portal change Salesforce kept rejecting.' },
    PARKED: { description: 'A Salesforce record the portal could not apply yet.' },
  },
});

@ObjectType({ description: 'Something the sync could not do, with the error from Salesforce or the portal.' })
export class SyncProblem {
  @Field(() => ID, { description: 'Pass it to retrySyncItem.' })
  id: string;

  @Field(() => SyncProblemKind)
  kind: SyncProblemKind;

  @Field({ description: 'The mapping, e.g. "letter" or "child".' })
  object: string;

  @Field(() => String, { nullable: true, description: 'The portal row (dead letters).' })
  entityId: string | null;

  @Field(() => String, { nullable: true })
  salesforceId: string | null;

  @Field({ description: 'Salesforce statusCode / errorCode, or a portal code such as PARENT_MISSING.' })
  errorCode: string;

  @Field()
  message: string;

  @Field(() => Int)
  attempts: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class SyncProblemConnection extends Connection(SyncProblem) {}

@InputType()
export class RunSyncInput {
  @Field({ nullable: true, defaultValue: false, description: 'Re-read everything (ignore cursors) and reconcile deletes.' })
  full: boolean;
}

@ObjectType()
export class RunSyncPayload {
  @Field(() => SyncStatus, { nullable: true, description: 'The status after the run.' })
  status: SyncStatus | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class RetrySyncItemInput {
  @Field(() => ID, { description: 'A SyncProblem id.' })
  id: string;
}

@ObjectType()
export class RetrySyncItemPayload {
  @Field(() => SyncProblem, { nullable: true, description: 'The item after the retry; null once it went through.' })
  problem: SyncProblem | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

export enum SyncConflictSide {
  PORTAL = 'PORTAL',
  SALESFORCE = 'SALESFORCE',
}
registerEnumType(SyncConflictSide, { name: 'SyncConflictSide', description: 'Which value of a conflicting field staff keep.' });

@ObjectType({ description: 'A field changed in the portal and in Salesforce since the last sync; both values are kept until staff choose.' })
export class SyncConflictItem {
  @Field(() => ID, { description: 'Pass it to resolveSyncConflict.' })
  id: string;

  @Field({ description: 'The mapping, e.g. "letter".' })
  object: string;

  @Field()
  entityId: string;

  @Field()
  salesforceId: string;

  @Field({ description: 'The portal property, e.g. "body".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value at the last sync, as JSON.' })
  baseValue: string | null;

  @Field(() => String, { nullable: true, description: "The portal's value, as JSON." })
  portalValue: string | null;

  @Field(() => String, { nullable: true, description: "Salesforce's value, as JSON." })
  salesforceValue: string | null;

  @Field({ description: 'Whose value stands until staff decide: "portal" or "salesforce".' })
  winner: string;

  @Field({ description: 'Staff may keep the portal value (the portal can write this field to Salesforce).' })
  canKeepPortal: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class SyncConflictConnection extends Connection(SyncConflictItem) {}

@InputType()
export class ResolveSyncConflictInput {
  @Field(() => ID)
  id: string;

  @Field(() => SyncConflictSide)
  keep: SyncConflictSide;
}

@ObjectType()
export class ResolveSyncConflictPayload {
  @Field(() => SyncConflictItem, { nullable: true, description: 'The conflict as it was resolved.' })
  conflict: SyncConflictItem | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
