import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../graphql/node';

export enum DocumentType {
  DONATION_STATEMENT = 'DONATION_STATEMENT',
  CHILD_PROGRESS_REPORT = 'CHILD_PROGRESS_REPORT',
  PARTNER_AGREEMENT = 'PARTNER_AGREEMENT',
  GUIDE = 'GUIDE',
  OTHER = 'OTHER',
}
registerEnumType(DocumentType, { name: 'DocumentType', description: 'What kind of document; the library groups by it.' });

/** Who a document is for. The target (account, project, organization) is stored in the matching column. */
export enum DocumentAudience {
  ACCOUNT = 'ACCOUNT',
  PROJECT_SPONSORS = 'PROJECT_SPONSORS',
  PROJECT_PARTNER = 'PROJECT_PARTNER',
  PARTNER_ORGANIZATION = 'PARTNER_ORGANIZATION',
  ALL_SPONSORS = 'ALL_SPONSORS',
  ALL_PARTNERS = 'ALL_PARTNERS',
}
registerEnumType(DocumentAudience, {
  name: 'DocumentAudience',
  valuesConfig: {
    ACCOUNT: { description: 'The sponsors of one account (e.g. its donation statements).' },
    PROJECT_SPONSORS: { description: 'The sponsors of children of one project, and the partner running it.' },
    PROJECT_PARTNER: { description: 'The partner organization running one project.' },
    PARTNER_ORGANIZATION: { description: 'One partner organization (e.g. its agreement).' },
    ALL_SPONSORS: { description: 'Every sponsor (e.g. a guide).' },
    ALL_PARTNERS: { description: 'Every partner organization (e.g. a guide).' },
  },
});

export enum DocumentStatus {
  /** Created; its first file is not confirmed yet. Only staff and the uploader's organization see it. */
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
}
registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  valuesConfig: {
    DRAFT: { description: 'Its file is being uploaded.' },
    PENDING_REVIEW: { description: 'Uploaded by a partner; waiting for staff.' },
    PUBLISHED: { description: 'Visible to its audience.' },
    REJECTED: { description: 'Refused by staff, with a reason; visible to staff and its uploader only.' },
  },
});

export enum DocumentOrigin {
  STAFF = 'STAFF',
  PARTNER = 'PARTNER',
}
registerEnumType(DocumentOrigin, { name: 'DocumentOrigin' });

/**
 * A document of the library. Its audience's target is copied into account/project/organization
 * columns (a project's organization too), so row scope is a few indexed predicates.
 */
@ObjectType({ implements: Node })
@Entity('document')
@Index(['audience', 'status'])
export class Document extends Node {
  @Field(() => DocumentType)
  @Column({ type: 'varchar', length: 30 })
  type: DocumentType;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'The date the document is about or was issued (YYYY-MM-DD).' })
  @Column({ name: 'document_date', type: 'date' })
  documentDate: string;

  @Field(() => DocumentAudience)
  @Column({ type: 'varchar', length: 30 })
  audience: DocumentAudience;

  @Index()
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Index()
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Index()
  @Column({ name: 'partner_organization_id', type: 'uuid', nullable: true })
  partnerOrganizationId: string | null;

  @Field(() => DocumentStatus)
  @Column({ type: 'varchar', length: 20 })
  status: DocumentStatus;

  @Field(() => DocumentOrigin)
  @Column({ type: 'varchar', length: 10 })
  origin: DocumentOrigin;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  @Field(() => String, { nullable: true, description: 'Why staff rejected it (REJECTED only).' })
  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}

/** One file of a document. A new version keeps the old ones; others than staff see only the newest. */
@ObjectType({ implements: Node })
@Entity('document_version')
@Index(['documentId', 'number'], { unique: true })
export class DocumentVersion extends Node {
  @Field({ description: 'When it was uploaded.' })
  createdAt: Date;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Field(() => Int, { description: '1 for the first file, then 2, 3, …' })
  @Column({ type: 'int' })
  number: number;

  @Field()
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Field()
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int)
  @Column({ name: 'byte_size', type: 'int' })
  byteSize: number;

  @Column({ name: 'object_key', type: 'varchar', length: 300 })
  objectKey: string;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  /** Set once the file is confirmed in storage; only then is the version shown or downloadable. */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'ready_at', type: 'timestamptz', nullable: true })
  readyAt: Date | null;
}

export enum ArchiveStatus {
  QUEUED = 'QUEUED',
  BUILDING = 'BUILDING',
  READY = 'READY',
  FAILED = 'FAILED',
}
registerEnumType(ArchiveStatus, { name: 'ArchiveStatus' });

/** A sponsor's personal archive: one ZIP of their letters and released photos, built by a background job. */
@ObjectType({ implements: Node })
@Entity('personal_archive')
// At most one archive in the making per person: a second request returns it.
@Index('UQ_personal_archive_in_progress', ['userId'], { unique: true, where: `status IN ('QUEUED', 'BUILDING')` })
export class PersonalArchive extends Node {
  @Field({ description: 'When it was asked for.' })
  createdAt: Date;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Field(() => ArchiveStatus)
  @Column({ type: 'varchar', length: 10 })
  status: ArchiveStatus;

  @Column({ name: 'object_key', type: 'varchar', length: 300, nullable: true })
  objectKey: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'byte_size', type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  byteSize: number | null;

  @Field(() => Int, { nullable: true, description: 'Letters in the archive.' })
  @Column({ name: 'letter_count', type: 'int', nullable: true })
  letterCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Photos and letter files in the archive.' })
  @Column({ name: 'file_count', type: 'int', nullable: true })
  fileCount: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'ready_at', type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}

/** The tables of the documents module, for the db entity list. */
export const documentEntities = [Document, DocumentVersion, PersonalArchive];
