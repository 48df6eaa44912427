import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { UserError } from '../../graphql/user-error';
import { Document, DocumentAudience, DocumentType, DocumentVersion, PersonalArchive } from './document.entity';

@InputType({ description: 'The file about to be uploaded (its bytes go straight to storage).' })
export class DocumentFileInput {
  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  byteSize: number;
}

@InputType()
export class CreateDocumentInput {
  @Field(() => DocumentType)
  type: DocumentType;

  @Field()
  title: string;

  @Field({ description: 'YYYY-MM-DD.' })
  documentDate: string;

  @Field(() => DocumentAudience)
  audience: DocumentAudience;

  @Field(() => ID, { nullable: true, description: 'The Account, Project or PartnerOrganization the audience is about; none for ALL_SPONSORS and ALL_PARTNERS.' })
  targetId?: string | null;

  @Field(() => DocumentFileInput)
  file: DocumentFileInput;
}

@InputType()
export class AddDocumentVersionInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => DocumentFileInput)
  file: DocumentFileInput;
}

@InputType()
export class ConfirmDocumentVersionInput {
  @Field(() => ID)
  versionId: string;
}

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'DocumentReviewDecision' });

@InputType()
export class ReviewDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required to reject: what the partner should change.' })
  reason?: string | null;
}

@InputType()
export class DocumentDownloadInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID, { nullable: true, description: 'An older version (staff only); the newest when absent.' })
  versionId?: string | null;
}

@InputType()
export class PersonalArchiveDownloadInput {
  @Field(() => ID)
  archiveId: string;
}

@ObjectType({ description: 'A document with the presigned request that uploads its file.' })
export class DocumentUploadPayload {
  @Field(() => Document, { nullable: true })
  document: Document | null;

  @Field(() => DocumentVersion, { nullable: true })
  version: DocumentVersion | null;

  @Field(() => String, { nullable: true, description: 'Send the file here with `method` and `headers`.' })
  url: string | null;

  @Field(() => String, { nullable: true })
  method: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  headers: Record<string, string> | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class DocumentPayload {
  @Field(() => Document, { nullable: true })
  document: Document | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'A short-lived link to one file; every one handed out is audited.' })
export class DownloadPayload {
  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class RequestPersonalArchiveInput {
  @Field({ defaultValue: true, description: 'Include the photos of my sponsored children (false: letters only, a smaller file).' })
  includePhotos: boolean;
}

@ObjectType()
export class PersonalArchivePayload {
  @Field(() => PersonalArchive, { nullable: true })
  archive: PersonalArchive | null;

  @Field({ description: 'False when an archive was already being built: that one is returned.' })
  started: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}
