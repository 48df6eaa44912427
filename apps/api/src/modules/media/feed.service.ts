import DataLoader from 'dataloader';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { decodeCursor, encodeCursor, pageWindow, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { scopedQuery } from '../../data/scoped-query';
import type { Letter } from '../letters/letter.entity';
import type { ProjectUpdate } from '../project-updates/project-update.entity';
import { MediaStatus, type Media } from './media.entity';
import { signedUrl } from './media.service';

export enum FeedItemKind {
  PHOTO = 'PHOTO',
  LETTER = 'LETTER',
  PROJECT_UPDATE = 'PROJECT_UPDATE',
}

/** One entry of the sponsor feed: exactly one of `media`, `letter`, `update` is set. */
export interface FeedEntry {
  kind: FeedItemKind;
  at: Date;
  id: string;
  childId: string | null;
  projectId: string | null;
  media: Media | null;
  letter: Letter | null;
  update: ProjectUpdate | null;
}

type Source = { kind: FeedItemKind; qb: SelectQueryBuilder<any>; column: string };

/**
 * The three scoped queries the feed merges, newest first by (time, id): released photos of the sponsor's
 * own children, replies released to them, and updates of their children's projects. Exported for the benchmark.
 */
export function feedSources(db: EntityManager, viewer: Viewer | null): Source[] {
  const photos = scopedQuery(db, viewer, 'Media')
    .andWhere(`media.status = :approved`, { approved: MediaStatus.APPROVED })
    // The media scope also admits photos shown with project updates; the feed's photo items are the sponsor's own children's.
    .andWhere(`media.child_id IN (SELECT fs.child_id FROM sponsorship fs WHERE fs.sponsor_id = :feedUserId AND fs.active)`, { feedUserId: viewer?.userId ?? null });
  const letters = scopedQuery(db, viewer, 'Letter')
    .andWhere(`letter.direction = 'CHILD_TO_SPONSOR' AND letter.approved_at IS NOT NULL AND letter.status IN ('APPROVED', 'PRINTED', 'DELIVERED')`);
  const updates = scopedQuery(db, viewer, 'ProjectUpdate');
  return [
    { kind: FeedItemKind.PHOTO, qb: photos, column: 'approved_at' },
    { kind: FeedItemKind.LETTER, qb: letters, column: 'approved_at' },
    { kind: FeedItemKind.PROJECT_UPDATE, qb: updates, column: 'published_at' },
  ];
}

/** A source's page: rows strictly older than the cursor, newest first, at most `limit`. */
export function pageQuery(s: Source, after: [string, string] | null, limit: number): SelectQueryBuilder<any> {
  const qb = s.qb.clone();
  const a = qb.alias;
  if (after) qb.andWhere(`(${a}.${s.column}, ${a}.id) < (:afterSort, :afterId)`, { afterSort: after[0], afterId: after[1] });
  return qb.orderBy(`${a}.${s.column}`, 'DESC').addOrderBy(`${a}.id`, 'DESC').limit(limit);
}

function toEntry(kind: FeedItemKind, row: any): FeedEntry {
  if (kind === FeedItemKind.PHOTO) return { kind, at: row.approvedAt, id: row.id, childId: row.childId, projectId: null, media: row, letter: null, update: null };
  if (kind === FeedItemKind.LETTER) return { kind, at: row.approvedAt, id: row.id, childId: row.childId, projectId: null, media: null, letter: row, update: null };
  return { kind, at: row.publishedAt, id: row.id, childId: null, projectId: row.projectId, media: null, letter: null, update: row };
}

const newerFirst = (x: FeedEntry, y: FeedEntry): number =>
  y.at.getTime() - x.at.getTime() || (y.id < x.id ? -1 : y.id > x.id ? 1 : 0);

/** The sponsor's timeline: photos, letters and project updates merged newest first, keyset-paginated. */
export async function sponsorFeed(ctx: Context, args: ConnectionArgs): Promise<ConnectionResult<FeedEntry>> {
  const { limit, after } = pageWindow(args);
  const sources = feedSources(ctx.db, ctx.viewer);
  const pages = limit === 0 ? [] : await Promise.all(sources.map(async (s) => (await pageQuery(s, after, limit + 1).getMany()).map((r) => toEntry(s.kind, r))));
  const merged = pages.flat().sort(newerFirst);
  const page = merged.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(node.at.toISOString(), node.id) }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: merged.length > limit, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return Promise.all(sources.map((s) => s.qb.clone().getCount())).then((n) => n.reduce((x, y) => x + y, 0));
    },
  };
}

/** How many feed items are newer than `cursor` (a cursor of this feed, typically the first item's). */
export async function sponsorFeedNewSince(ctx: Context, cursor: string): Promise<number> {
  const [at, id] = decodeCursor(cursor);
  const counts = await Promise.all(feedSources(ctx.db, ctx.viewer).map((s) => {
    const qb = s.qb.clone();
    return qb.andWhere(`(${qb.alias}.${s.column}, ${qb.alias}.id) > (:sinceSort, :sinceId)`, { sinceSort: at, sinceId: id }).getCount();
  }));
  return counts.reduce((x, y) => x + y, 0);
}

// Per request: the newest approved photo of each child, read through the viewer's media scope.
const latestPhotoLoaders = new WeakMap<Context, DataLoader<string, Media | null>>();

/** The newest released photo of a child that the viewer may see, or null. */
export function latestPhoto(ctx: Context, childId: string): Promise<Media | null> {
  let loader = latestPhotoLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, Media | null>(async (childIds) => {
      const rows = await scopedQuery(ctx.db, ctx.viewer, 'Media')
        .andWhere('media.status = :approved AND media.child_id IN (:...childIds)', { approved: MediaStatus.APPROVED, childIds: [...childIds] })
        .distinctOn(['media.child_id'])
        .orderBy('media.child_id').addOrderBy('media.approved_at', 'DESC').addOrderBy('media.id', 'DESC')
        .getMany();
      const byChild = new Map(rows.map((m) => [m.childId, m]));
      return childIds.map((id) => byChild.get(id) ?? null);
    });
    latestPhotoLoaders.set(ctx, loader);
  }
  return loader.load(childId);
}

/** Signed, audited thumbnail URL of a child's newest released photo, or null for a placeholder. */
export async function childPhotoUrl(ctx: Context, childId: string): Promise<string | null> {
  const media = await latestPhoto(ctx, childId);
  return media ? signedUrl(ctx, media, 'thumbnail') : null;
}
