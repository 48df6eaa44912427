import { Args, ArgsType, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, paginate, type ConnectionResult } from '../../graphql/connection';
import { AuditEvent } from './audit-event.entity';
import { auditQuery } from './audit.service';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this action, e.g. "auth.sign_in_failed".' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events of this person (email).' })
  actorEmail?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive).' })
  until?: Date | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (staff only). CSV: GET /exports/audit-events.csv' })
  auditEvents(@Ctx() ctx: Context, @Args() args: AuditEventsArgs): Promise<ConnectionResult<AuditEvent>> {
    return paginate(auditQuery(ctx.db, ctx.viewer, args), args, 'createdAt', (e) => e.createdAt.toISOString(), 'DESC');
  }
}
