import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginateArray, type ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { RequestForm } from './request-form.entity';
import { CreateRequestAttachmentUploadInput, SaveRequestFormInput } from './request.inputs';
import { RequestAttachmentUpload, RequestFormConnection, RequestFormPayload } from './request.types';
import { getRequestForm, listRequestForms, saveRequestForm } from './request-form.service';
import { createAttachmentUpload } from './request-attachment.service';

@Resolver(() => RequestForm)
export class RequestFormResolver {
  @Query(() => RequestFormConnection, { description: 'Forms the viewer can open requests with, by English name (staff: all, inactive ones too when asked).' })
  async requestForms(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<ConnectionResult<RequestForm>> {
    return paginateArray(await listRequestForms(ctx, includeInactive), args, (f) => f.nameEn);
  }

  @Query(() => RequestForm, { nullable: true })
  requestForm(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<RequestForm | null> {
    return getRequestForm(ctx, id);
  }

  @Mutation(() => RequestFormPayload, { description: 'Create a request form, or change one (staff).' })
  saveRequestForm(@Ctx() ctx: Context, @Arg('input') input: SaveRequestFormInput): Promise<RequestFormPayload> {
    return saveRequestForm(ctx, input);
  }

  @Mutation(() => RequestAttachmentUpload, { description: 'Record a file to attach to a request and get a presigned URL to upload it to.' })
  createRequestAttachmentUpload(@Ctx() ctx: Context, @Arg('input') input: CreateRequestAttachmentUploadInput): Promise<RequestAttachmentUpload> {
    return createAttachmentUpload(ctx, input);
  }

  @FieldResolver(() => String, { description: 'The name in a language ("en" or "fr"; English otherwise).' })
  name(@Root() f: RequestForm, @Arg('language', () => String, { defaultValue: 'en' }) language: string): string {
    return language.startsWith('fr') ? f.nameFr : f.nameEn;
  }
}
