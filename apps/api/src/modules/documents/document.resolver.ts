import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs, paginateArray, type ConnectionResult } from '../../graphql/connection';
import { isStaff } from '../../auth/viewer';
import { Document, DocumentStatus, DocumentType, DocumentVersion, PersonalArchive } from './document.entity';
import {
  AddDocumentVersionInput, ConfirmDocumentVersionInput, CreateDocumentInput, DocumentDownloadInput, DocumentPayload,
  DocumentUploadPayload, DownloadPayload, PersonalArchiveDownloadInput, PersonalArchivePayload, RequestPersonalArchiveInput, ReviewDocumentInput,
} from './document.inputs';
import { addDocumentVersion, confirmDocumentVersion, createDocument, documentDownload, documentVersions, getDocument, listDocuments, newestVersion, reviewDocument } from './document.service';
import { myPersonalArchives, personalArchiveDownload, requestPersonalArchive } from './archive.service';

@ObjectType()
class DocumentConnection extends Connection(Document) {}

@ObjectType()
class DocumentVersionConnection extends Connection(DocumentVersion) {}

@ObjectType()
class PersonalArchiveConnection extends Connection(PersonalArchive) {}

@ArgsType()
class DocumentsArgs extends ConnectionArgs {
  @Field(() => DocumentType, { nullable: true })
  type?: DocumentType | null;

  @Field(() => [DocumentStatus], { nullable: true, description: 'Only documents in these statuses (e.g. PENDING_REVIEW for the review queue).' })
  status?: DocumentStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the title (any case).' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only documents for this Account, Project or PartnerOrganization.' })
  targetId?: string | null;
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'The document library of the viewer, newest document date first.' })
  documents(@Ctx() ctx: Context, @Args() args: DocumentsArgs): Promise<ConnectionResult<Document>> {
    return listDocuments(ctx, args);
  }

  @Query(() => Document, { nullable: true, description: 'One document by global ID; NOT_FOUND when out of reach.' })
  document(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Document> {
    return getDocument(ctx, id);
  }

  @FieldResolver(() => DocumentVersion, { nullable: true, description: 'The newest file.' })
  currentVersion(@Root() d: Document, @Ctx() ctx: Context): Promise<DocumentVersion | null> {
    return newestVersion(ctx, d.id);
  }

  @FieldResolver(() => DocumentVersionConnection, { description: 'Every file, newest first (staff); others see the newest only.' })
  async versions(@Root() d: Document, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<DocumentVersion>> {
    // Newest first: the key sorts higher numbers before lower ones.
    return paginateArray(await documentVersions(ctx, d.id), args, (v) => String(1_000_000 - v.number).padStart(7, '0'));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who it is for, in words (the account, project or organization name).' })
  async audienceName(@Root() d: Document, @Ctx() ctx: Context): Promise<string | null> {
    if (d.projectId) return (await ctx.loaders.byId.Project.load(d.projectId))?.name ?? null;
    if (d.accountId) return (await ctx.loaders.byId.Account.load(d.accountId))?.name ?? null;
    if (d.partnerOrganizationId) return (await ctx.loaders.byId.PartnerOrganization.load(d.partnerOrganizationId))?.name ?? null;
    return null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who uploaded it (staff only).' })
  async uploadedBy(@Root() d: Document, @Ctx() ctx: Context): Promise<string | null> {
    return isStaff(ctx.viewer) ? ((await ctx.loaders.byId.User.load(d.uploadedById))?.displayName ?? null) : null;
  }

  @Mutation(() => DocumentUploadPayload, { description: 'Add a document (staff: publish; partners: for review) and get the presigned upload of its file.' })
  createDocument(@Ctx() ctx: Context, @Arg('input') input: CreateDocumentInput): Promise<DocumentUploadPayload> {
    return createDocument(ctx, input);
  }

  @Mutation(() => DocumentUploadPayload, { description: 'Upload a new version of a document (staff); the old ones are kept.' })
  addDocumentVersion(@Ctx() ctx: Context, @Arg('input') input: AddDocumentVersionInput): Promise<DocumentUploadPayload> {
    return addDocumentVersion(ctx, input);
  }

  @Mutation(() => DocumentPayload, { description: 'Confirm an uploaded file: publishes a staff upload, queues a partner one for review.' })
  confirmDocumentVersion(@Ctx() ctx: Context, @Arg('input') input: ConfirmDocumentVersionInput): Promise<DocumentPayload> {
    return confirmDocumentVersion(ctx, input.versionId);
  }

  @Mutation(() => DocumentPayload, { description: 'Approve (publish) or reject a document a partner uploaded.' })
  reviewDocument(@Ctx() ctx: Context, @Arg('input') input: ReviewDocumentInput): Promise<DocumentPayload> {
    return reviewDocument(ctx, input);
  }

  @Mutation(() => DownloadPayload, { description: 'A five-minute link to a document file; every call is audited.' })
  documentDownload(@Ctx() ctx: Context, @Arg('input') input: DocumentDownloadInput): Promise<DownloadPayload> {
    return documentDownload(ctx, input);
  }
}

@Resolver(() => PersonalArchive)
export class PersonalArchiveResolver {
  @Query(() => PersonalArchiveConnection, { description: 'My personal archives, newest first.' })
  myPersonalArchives(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<PersonalArchive>> {
    return myPersonalArchives(ctx, args);
  }

  @Mutation(() => PersonalArchivePayload, { description: 'Ask for one ZIP of all my letters and released photos, built in the background.' })
  requestPersonalArchive(@Ctx() ctx: Context, @Arg('input') input: RequestPersonalArchiveInput): Promise<PersonalArchivePayload> {
    return requestPersonalArchive(ctx, input.includePhotos);
  }

  @Mutation(() => DownloadPayload, { description: 'A five-minute link to my ready archive; audited.' })
  personalArchiveDownload(@Ctx() ctx: Context, @Arg('input') input: PersonalArchiveDownloadInput): Promise<DownloadPayload> {
    return personalArchiveDownload(ctx, input.archiveId);
  }
}

/** What graphql/schema.ts registers for the documents module. */
export const documentResolvers = [DocumentResolver, PersonalArchiveResolver] as const;
