import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { Letter } from './letter.entity';

/** A photo the writer attached, or the scan of a child's handwritten letter. */
export enum LetterAttachmentKind {
  PHOTO = 'PHOTO',
  SCAN = 'SCAN',
}

/**
 * A file attached to a letter (LetterAttachment), always a metadata-free WebP made by packages/images
 * (no EXIF, no GPS): a sponsor's photo under `letters/<letter id>/photos/<id>.webp`, or the scan of a
 * child's reply, uploaded through the media pipeline (`uploadId`) and stored under `letters/scans/<upload id>/`
 * (a PDF scan also keeps every page as `letter.pdf` there, `documentKey`).
 */
// Not a GraphQL Node: a letter's photos are a short fixed list (at most 3), not a connection.
@ObjectType({ description: 'A photo attached to a letter (at most 3), without any metadata.' })
@Entity('letter_attachment')
export class LetterAttachment extends Node {
  @Field(() => ID, { name: 'id', description: 'Opaque ID of the photo.' })
  get photoId(): string {
    return this.globalId;
  }

  @Index()
  @Column({ name: 'letter_id', type: 'uuid' })
  letterId: string;

  @ManyToOne(() => Letter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id' })
  letter?: Letter;

  @Column({ type: 'varchar', length: 10, default: LetterAttachmentKind.PHOTO })
  kind: LetterAttachmentKind;

  /** A scan's upload (media module); its files are stored once the upload is processed. */
  @Index({ unique: true, where: 'upload_id IS NOT NULL' })
  @Column({ name: 'upload_id', type: 'uuid', nullable: true })
  uploadId: string | null;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  /** A scan's small preview; photos have none (they are small already). */
  @Column({ name: 'thumbnail_key', type: 'varchar', length: 200, nullable: true })
  thumbnailKey: string | null;

  /** A PDF scan kept whole (every page, metadata removed) for download; null for photos and image scans. */
  @Column({ name: 'document_key', type: 'varchar', length: 200, nullable: true })
  documentKey: string | null;

  /** Pages of the kept PDF (`documentKey`); null for photos and image scans. */
  @Column({ name: 'page_count', type: 'int', nullable: true })
  pageCount: number | null;

  @Field({ description: 'Always image/webp (converted on upload).' })
  @Column({ name: 'content_type', type: 'varchar', length: 40 })
  contentType: string;

  // Null only for a scan still being processed; a photo (the only kind this type shows) always has them.
  @Field(() => Int)
  @Column({ type: 'int', nullable: true })
  width: number;

  @Field(() => Int)
  @Column({ type: 'int', nullable: true })
  height: number;

  @Field(() => Int)
  @Column({ name: 'byte_size', type: 'int', nullable: true })
  byteSize: number;
}
