import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../graphql/node';
import { Letter } from './letter.entity';

/**
 * A photo attached to a sponsor's letter (LetterAttachment): stored as the metadata-free WebP that
 * packages/images makes (no EXIF, no GPS), under `letters/<letter id>/photos/<id>.webp`.
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

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Field({ description: 'Always image/webp (converted on upload).' })
  @Column({ name: 'content_type', type: 'varchar', length: 40 })
  contentType: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  width: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  height: number;

  @Field(() => Int)
  @Column({ name: 'byte_size', type: 'int' })
  byteSize: number;
}
