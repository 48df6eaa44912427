import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Node } from '../../graphql/node';

/** A short news item about a project, posted by staff or the project's partner, shown in its sponsors' feeds. */
@ObjectType({ implements: Node })
@Entity('project_update')
@Index(['projectId', 'publishedAt'])
export class ProjectUpdate extends Node {
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field({ description: 'The text of the update (plain text, at most 4,000 characters).' })
  @Column({ type: 'text' })
  body: string;

  /** An APPROVED photo of a child of the same project, or none. */
  @Column({ name: 'media_id', type: 'uuid', nullable: true })
  mediaId: string | null;

  // Millisecond precision: a keyset cursor of the sponsor feed.
  @Field({ description: 'When it was posted.' })
  @Index()
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3 })
  publishedAt: Date;
}
