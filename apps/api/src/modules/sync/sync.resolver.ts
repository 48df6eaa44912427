import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { retrySyncItem, runSync, syncProblems, syncStatus } from './sync.service';
import { resolveSyncConflict, syncConflicts } from './sync-conflict.service';
import {
  ResolveSyncConflictInput,
  ResolveSyncConflictPayload,
  SyncConflictConnection,
  SyncConflictItem,
  RetrySyncItemInput,
  RetrySyncItemPayload,
  RunSyncInput,
  RunSyncPayload,
  SyncProblem,
  SyncProblemConnection,
  SyncStatus,
} from './sync.types';

@Resolver()
export class SyncResolver {
  @Query(() => SyncStatus, { description: 'The Salesforce sync: cursors, last runs, outbox and problem counts (staff).' })
  syncStatus(@Ctx() ctx: Context): Promise<SyncStatus> {
    return syncStatus(ctx);
  }

  @Query(() => SyncProblemConnection, { description: 'Dead letters and parked records, oldest first (staff).' })
  syncProblems(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<SyncProblem>> {
    return syncProblems(ctx, args);
  }

  @Mutation(() => RunSyncPayload, { description: 'Run the sync now, both ways (staff).' })
  runSync(@Ctx() ctx: Context, @Arg('input', () => RunSyncInput) input: RunSyncInput): Promise<RunSyncPayload> {
    return runSync(ctx, input);
  }

  @Mutation(() => RetrySyncItemPayload, { description: 'Try a dead letter or a parked record again (staff).' })
  retrySyncItem(@Ctx() ctx: Context, @Arg('input', () => RetrySyncItemInput) input: RetrySyncItemInput): Promise<RetrySyncItemPayload> {
    return retrySyncItem(ctx, input);
  }

  @Query(() => SyncConflictConnection, { description: 'Open sync conflicts, oldest first (staff).' })
  syncConflicts(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<SyncConflictItem>> {
    return syncConflicts(ctx, args);
  }

  @Mutation(() => ResolveSyncConflictPayload, { description: 'Keep the portal or the Salesforce value of a conflicting field (staff).' })
  resolveSyncConflict(@Ctx() ctx: Context, @Arg('input', () => ResolveSyncConflictInput) input: ResolveSyncConflictInput): Promise<ResolveSyncConflictPayload> {
    return resolveSyncConflict(ctx, input);
  }
}
