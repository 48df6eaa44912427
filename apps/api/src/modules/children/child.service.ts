import type { Context } from '../../graphql/context';
import { paginate, paginateArray, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { notFound } from '../../graphql/errors';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { scopedQuery } from '../../data/scoped-query';
import { containsPattern } from '../../data/like';
import { isPartner, isStaff } from '../../auth/viewer';
import type { Sponsorship } from '../sponsorships/sponsorship.entity';
import type { Child } from './child.entity';

export const canSeeLastName = (ctx: Context): boolean => isStaff(ctx.viewer) || isPartner(ctx.viewer);

/** Whole years between a YYYY-MM-DD birth date and a day. */
export function ageOn(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = today.getUTCFullYear() - y;
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}

export async function listChildren(ctx: Context, args: ConnectionArgs & { search?: string | null }): Promise<ConnectionResult<Child>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'Child');
  const search = args.search?.trim();
  if (search) {
    const nameColumns = canSeeLastName(ctx)
      ? `child.first_name || ' ' || child.last_name`
      : 'child.first_name';
    // Codes are matched without their separator too, so "ke42" and "KE-0042" both find KE-0042.
    qb.andWhere(
      `(child.code ILIKE :pattern OR ${nameColumns} ILIKE :pattern OR replace(child.code, '-', '') ILIKE :compact)`,
      { pattern: containsPattern(search), compact: containsPattern(search.replace(/[-\s_]/g, '')) },
    );
  }
  return paginate(qb, args, 'code', (c) => c.code);
}

export async function getChild(ctx: Context, globalId: string): Promise<Child> {
  const id = fromGlobalIdOfType(globalId, 'Child');
  const child = id ? await ctx.loaders.byId.Child.load(id) : null;
  if (!child) throw notFound('No child with this ID.');
  return child;
}

export async function childSponsorships(ctx: Context, child: Child, args: ConnectionArgs): Promise<ConnectionResult<Sponsorship>> {
  const rows = await ctx.loaders.sponsorshipsByChildId.load(child.id);
  return paginateArray(rows, args, (s) => s.startDate);
}
