import { Args, ArgsType, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, paginate, paginateArray, type ConnectionResult } from '../../graphql/connection';
import { notFound } from '../../graphql/errors';
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

@ObjectType({ description: 'A message caught by the local mail capture (embedded default only).' })
export class CapturedMail {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Recipients, comma-separated.' })
  to: string;

  @Field()
  from: string;

  @Field()
  subject: string;

  @Field({ description: 'The plain-text part (links included: this is a local test inbox).' })
  text: string;

  @Field(() => String, { nullable: true })
  html: string | null;

  @Field()
  receivedAt: Date;
}

@ObjectType()
export class CapturedMailConnection extends Connection(CapturedMail) {}

@ArgsType()
export class CapturedMailsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only mail to this address.' })
  to?: string | null;
}

// Newest first: the sort key falls as time goes on.
const newestFirst = (m: CapturedMail) => String(9_999_999_999_999 - m.receivedAt.getTime()).padStart(13, '0');

@Resolver(() => CapturedMail)
export class CapturedMailResolver {
  @Query(() => CapturedMailConnection, {
    description: 'Mail caught by the local capture, newest first (staff; embedded default only, NOT_FOUND otherwise).',
  })
  async capturedMails(@Ctx() ctx: Context, @Args() args: CapturedMailsArgs): Promise<ConnectionResult<CapturedMail>> {
    const store = ctx.services.mailCapture;
    if (!store || !isStaff(ctx.viewer)) throw notFound('Mail is sent to an SMTP server: there is no local capture to read.');
    const mails = await store.list({ to: args.to ?? undefined, limit: 500 });
    const rows = mails.map((m) =>
      Object.assign(new CapturedMail(), {
        id: m.id,
        to: m.to.join(', '),
        from: m.from,
        subject: m.subject,
        text: m.text,
        html: m.html ?? null,
        receivedAt: new Date(m.receivedAt),
      }),
    );
    return paginateArray(rows, args, newestFirst);
  }
}
