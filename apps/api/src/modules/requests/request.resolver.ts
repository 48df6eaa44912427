import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, paginateArray, type ConnectionResult } from '../../graphql/connection';
import { isStaff } from '../../auth/viewer';
import { User } from '../users/user.entity';
import { Request, RequestAttachment, RequestMessage, RequesterKind } from './request.entity';
import { RequestForm } from './request-form.entity';
import { isOverdue, RequestActor, RequestStatus } from './request-state';
import { RequestFieldType } from './request-validation';
import { AssignRequestsInput, OpenRequestInput, ReplyToRequestInput, SetRequestDueDateInput, SetRequestStatusInput } from './request.inputs';
import { RequestAnswer, RequestAttachmentConnection, RequestMessageConnection, RequestPayload, RequestQueueConnection, RequestQueueCounts, RequestsPayload } from './request.types';
import { getRequest, openRequest, replyToRequest, requestAttachments, requestMessages } from './request.service';
import { assignRequests, listRequests, setRequestDueDate, setRequestStatus } from './request-queue.service';
import { attachmentDownloadUrl } from './request-attachment.service';

@ArgsType()
class RequestsArgs extends ConnectionArgs {
  @Field(() => [RequestStatus], { nullable: true, description: 'Only requests in one of these statuses.' })
  status?: RequestStatus[] | null;

  @Field(() => ID, { nullable: true })
  formId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requests of this staff owner.' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only requests without (true) or with (false) an owner.' })
  unassigned?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open requests past their due date (true), or the others (false).' })
  overdue?: boolean | null;

  @Field(() => RequesterKind, { nullable: true })
  requesterKind?: RequesterKind | null;

  @Field(() => RequestActor, { nullable: true, description: 'Only requests where this side must act.' })
  nextActor?: RequestActor | null;
}

/** Full names of people, for staff; first names for the requester's side (who see only themselves as users). */
async function personName(ctx: Context, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const user = isStaff(ctx.viewer) ? await ctx.loaders.byId.User.load(userId) : null;
  return user ? user.displayName : ctx.loaders.sponsorFirstNameById.load(userId);
}

@Resolver(() => Request)
export class RequestResolver {
  @Query(() => RequestQueueConnection, { description: 'Requests the viewer may see (requesters: their own or their organization’s), newest first.' })
  requests(@Ctx() ctx: Context, @Args() args: RequestsArgs): Promise<ConnectionResult<Request> & { counts: Promise<RequestQueueCounts> }> {
    return listRequests(ctx, args);
  }

  @Query(() => Request, { nullable: true, description: 'One request by global ID; NOT_FOUND when out of reach.' })
  request(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Request> {
    return getRequest(ctx, id);
  }

  @Mutation(() => RequestPayload, { description: 'Open a request by filling in a form (sponsors and partners).' })
  openRequest(@Ctx() ctx: Context, @Arg('input') input: OpenRequestInput): Promise<RequestPayload> {
    return openRequest(ctx, input);
  }

  @Mutation(() => RequestPayload, { description: 'Write in a request’s thread; staff may leave internal notes and set the status with it.' })
  replyToRequest(@Ctx() ctx: Context, @Arg('input') input: ReplyToRequestInput): Promise<RequestPayload> {
    return replyToRequest(ctx, input);
  }

  @Mutation(() => RequestsPayload, { description: 'Set the status of one or many requests (staff).' })
  setRequestStatus(@Ctx() ctx: Context, @Arg('input') input: SetRequestStatusInput): Promise<RequestsPayload> {
    return setRequestStatus(ctx, input.requestIds, input.status);
  }

  @Mutation(() => RequestsPayload, { description: 'Give requests to a staff member, or unassign them (staff).' })
  assignRequests(@Ctx() ctx: Context, @Arg('input') input: AssignRequestsInput): Promise<RequestsPayload> {
    return assignRequests(ctx, input.requestIds, input.ownerId ?? null);
  }

  @Mutation(() => RequestPayload, { description: 'Move the due date of a request (staff).' })
  setRequestDueDate(@Ctx() ctx: Context, @Arg('input') input: SetRequestDueDateInput): Promise<RequestPayload> {
    return setRequestDueDate(ctx, input.requestId, input.dueAt ?? null);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date.' })
  overdue(@Root() r: Request): boolean {
    return isOverdue(r, new Date());
  }

  @FieldResolver(() => RequestForm, { nullable: true, description: 'The form it was opened with, while the viewer may see it.' })
  form(@Root() r: Request, @Ctx() ctx: Context): Promise<RequestForm | null> {
    return ctx.loaders.byId.RequestForm.load(r.formId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who opened it: the full name for staff, the first name otherwise.' })
  requesterName(@Root() r: Request, @Ctx() ctx: Context): Promise<string | null> {
    return personName(ctx, r.requesterId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who opened it (staff, and the requester themself).' })
  requester(@Root() r: Request, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId.User.load(r.requesterId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The staff member who owns it (staff only).' })
  owner(@Root() r: Request, @Ctx() ctx: Context): Promise<User | null> {
    return r.ownerId ? ctx.loaders.byId.User.load(r.ownerId) : Promise.resolve(null);
  }

  @FieldResolver(() => [RequestAnswer], { description: 'The answers, in the order of the form’s fields.' })
  async answers(@Root() r: Request, @Ctx() ctx: Context): Promise<RequestAnswer[]> {
    const form = await ctx.loaders.byId.RequestForm.load(r.formId);
    const fields = form?.fields ?? [];
    const keys = [...fields.map((f) => f.key).filter((k) => k in r.answers), ...Object.keys(r.answers).filter((k) => !fields.some((f) => f.key === k))];
    const files = keys.some((k) => fields.find((f) => f.key === k)?.type === RequestFieldType.ATTACHMENT) ? await requestAttachments(ctx, { requestId: r.id }) : [];
    return keys.map((key) => {
      const field = fields.find((f) => f.key === key) ?? null;
      const value = r.answers[key];
      const attachment = field?.type === RequestFieldType.ATTACHMENT ? files.find((a) => a.id === value) ?? null : null;
      return { key, label: field?.label ?? key, field, value: attachment ? attachment.fileName : String(value), attachment };
    });
  }

  @FieldResolver(() => RequestMessageConnection, { description: 'The thread, oldest first (internal notes for staff only).' })
  async messages(@Root() r: Request, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<RequestMessage>> {
    return paginateArray(await requestMessages(ctx, r.id), args, (m) => m.createdAt.toISOString());
  }
}

@Resolver(() => RequestMessage)
export class RequestMessageResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who wrote it: the full name for staff, the first name otherwise.' })
  authorName(@Root() m: RequestMessage, @Ctx() ctx: Context): Promise<string | null> {
    return personName(ctx, m.authorId);
  }

  @FieldResolver(() => RequestAttachmentConnection, { description: 'Files sent with the message.' })
  async attachments(@Root() m: RequestMessage, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<RequestAttachment>> {
    return paginateArray(await requestAttachments(ctx, { requestId: m.requestId, messageId: m.id }), args, (a) => a.createdAt.toISOString());
  }
}

@Resolver(() => RequestAttachment)
export class RequestAttachmentResolver {
  @FieldResolver(() => String, { description: 'A link to download the file, valid for 5 minutes.' })
  downloadUrl(@Root() a: RequestAttachment, @Ctx() ctx: Context): Promise<string> {
    return attachmentDownloadUrl(ctx, a);
  }
}
