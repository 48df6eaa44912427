import { Args, ArgsType, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, paginate, type ConnectionResult } from '../../graphql/connection';
import { isStaff } from '../../auth/viewer';
import { MailOutbox, MailStatus } from './mail-outbox.entity';

@ObjectType()
export class MailOutboxConnection extends Connection(MailOutbox) {}

@ArgsType()
export class MailOutboxArgs extends ConnectionArgs {
  @Field(() => MailStatus, { nullable: true })
  status?: MailStatus | null;

  @Field(() => String, { nullable: true, description: 'Only mail to this address.' })
  to?: string | null;
}

@Resolver(() => MailOutbox)
export class MailResolver {
  @Query(() => MailOutboxConnection, { description: 'Outgoing email, newest first (staff only).' })
  mailOutbox(@Ctx() ctx: Context, @Args() args: MailOutboxArgs): Promise<ConnectionResult<MailOutbox>> {
    const qb = ctx.db.createQueryBuilder(MailOutbox, 'mail');
    if (!isStaff(ctx.viewer)) qb.andWhere('1 = 0');
    if (args.status) qb.andWhere('mail.status = :status', { status: args.status });
    if (args.to) qb.andWhere('lower(mail.to_address) = lower(:to)', { to: args.to });
    return paginate(qb, args, 'createdAt', (m) => m.createdAt.toISOString(), 'DESC');
  }
}
