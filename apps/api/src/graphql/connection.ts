import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size: default ${DEFAULT_PAGE_SIZE}, maximum ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: the COUNT runs only when a client asks for totalCount. */
  readonly totalCount: Promise<number> | number;
}

/** Builds `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType(`${nodeType.name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  // Never reached by itself, so not emitted; the concrete XConnection subclasses are.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount: Promise<number> | number;
  }
  return ConnectionType;
}

/** Validates `first` (default 20, at most 100) and decodes `after`. */
export function pageWindow(args: ConnectionArgs): { limit: number; after: [string, string] | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return { limit: first, after: args.after ? decodeCursor(args.after) : null };
}

export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('"after" is not a cursor returned by this list.', 'after');
}

/**
 * Keyset pagination over a query builder ordered by (sortColumn, id): the cursor carries both, so
 * pages stay stable while rows are added. `sortKey` reads the sort value back from an entity.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  sortColumn: string,
  sortKey: (row: T) => string,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<ConnectionResult<T>> {
  const { limit, after } = pageWindow(args);
  const op = direction === 'ASC' ? '>' : '<';
  const alias = qb.alias;
  const countQb = qb.clone();
  const pageQb = qb.clone();
  if (after) {
    pageQb.andWhere(`(${alias}.${sortColumn}, ${alias}.id) ${op} (:afterSort, :afterId)`, {
      afterSort: after[0],
      afterId: after[1],
    });
  }
  const rows = limit === 0 ? [] : await pageQb
    .orderBy(`${alias}.${sortColumn}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(undefined)
    .limit(limit + 1)
    .getMany();
  const hasNextPage = rows.length > limit;
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(sortKey(node), node.id) }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return countQb.getCount();
    },
  };
}

/** The same connection shape over an already loaded, ordered list (small nested lists). */
export function paginateArray<T extends { id: string }>(
  items: T[],
  args: ConnectionArgs,
  sortKey: (row: T) => string,
): ConnectionResult<T> {
  const { limit, after } = pageWindow(args);
  const sorted = [...items].sort((a, b) => cmp([sortKey(a), a.id], [sortKey(b), b.id]));
  const start = after ? sorted.filter((r) => cmp([sortKey(r), r.id], after) > 0) : sorted;
  const page = start.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(sortKey(node), node.id) }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: start.length > limit,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

function cmp(a: [string, string], b: [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}
