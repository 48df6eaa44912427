import { Field, ID, InterfaceType } from 'type-graphql';
import { BeforeInsert, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { toGlobalId } from './global-id';

/**
 * The Relay `Node` interface and the base of every entity: a uuid primary key that never leaves
 * the server, exposed as an opaque global `id` ("Child:<uuid>" encoded).
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID; pass it to `node(id)`.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @BeforeInsert()
  assignId(): void {
    if (!this.id) this.id = randomUUID();
  }
}
