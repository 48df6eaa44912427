import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What a dashboard tile counts; the SPA words it (and its empty state) in the viewer's language. */
export enum DashboardTileKind {
  NEW_LETTERS_FROM_CHILDREN = 'NEW_LETTERS_FROM_CHILDREN',
  NEW_PHOTOS = 'NEW_PHOTOS',
  LETTERS_WAITING_FOR_ME = 'LETTERS_WAITING_FOR_ME',
  REQUESTS_WAITING_FOR_ME = 'REQUESTS_WAITING_FOR_ME',
  LETTERS_TO_PRINT = 'LETTERS_TO_PRINT',
  LETTERS_TO_DELIVER = 'LETTERS_TO_DELIVER',
  UPLOADS_NEEDING_ATTENTION = 'UPLOADS_NEEDING_ATTENTION',
  OPEN_REQUESTS = 'OPEN_REQUESTS',
  LETTERS_TO_REVIEW = 'LETTERS_TO_REVIEW',
  PHOTOS_TO_REVIEW = 'PHOTOS_TO_REVIEW',
  DOCUMENTS_TO_REVIEW = 'DOCUMENTS_TO_REVIEW',
  OVERDUE_REQUESTS = 'OVERDUE_REQUESTS',
  SYNC_DEAD_CHANGES = 'SYNC_DEAD_CHANGES',
  SYNC_PARKED_RECORDS = 'SYNC_PARKED_RECORDS',
  SYNC_CONFLICTS = 'SYNC_CONFLICTS',
  MAIL_FAILED = 'MAIL_FAILED',
}
registerEnumType(DashboardTileKind, { name: 'DashboardTileKind' });

@ObjectType({ description: 'One thing to act on or look at: how many, since when, and where to do it.' })
export class DashboardTile {
  @Field(() => DashboardTileKind)
  kind: DashboardTileKind;

  @Field(() => Int)
  count: number;

  @Field(() => Date, { nullable: true, description: 'When the oldest counted item started waiting (queues only).' })
  oldestAt: Date | null;

  @Field({ description: 'SPA route where the items are handled, e.g. "/admin/letters".' })
  route: string;

  @Field({ description: 'True when the count needs someone to act (as opposed to news).' })
  actionNeeded: boolean;
}

@ObjectType({ description: "The viewer's home: what needs their action first, then what is new." })
export class Dashboard {
  @Field(() => [DashboardTile])
  tiles: DashboardTile[];
}

export const tile = (kind: DashboardTileKind, route: string, actionNeeded: boolean, count: number, oldestAt: Date | null = null): DashboardTile =>
  Object.assign(new DashboardTile(), { kind, route, actionNeeded, count, oldestAt });

/** What needs action, then what is new, then the empty tiles; the given order among equals. */
export function orderTiles(tiles: DashboardTile[]): DashboardTile[] {
  const rank = (t: DashboardTile) => (t.count > 0 ? 0 : 2) + (t.actionNeeded ? 0 : 1);
  return [...tiles].sort((a, b) => rank(a) - rank(b));
}
