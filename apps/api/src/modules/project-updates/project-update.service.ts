import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode, type UserError } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { audit } from '../audit/audit.service';
import { MediaStatus } from '../media/media.entity';
import { MAX_BODY_LENGTH, type ProjectUpdatePostInput } from './project-update.inputs';
import { ProjectUpdate } from './project-update.entity';

export interface ProjectUpdateResult {
  projectUpdate: ProjectUpdate | null;
  userErrors: UserError[];
}

const fail = (field: string, message: string, code = UserErrorCode.INVALID): ProjectUpdateResult =>
  ({ projectUpdate: null, userErrors: [userError(code, message, ['input', field])] });

/** Updates the viewer may read, newest first, optionally of one project. */
export function listUpdates(ctx: Context, args: ConnectionArgs & { projectId?: string | null }): Promise<ConnectionResult<ProjectUpdate>> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'ProjectUpdate');
  if (args.projectId) {
    qb.andWhere(`${qb.alias}.project_id = :projectId`, { projectId: fromGlobalIdOfType(args.projectId, 'Project') ?? '00000000-0000-0000-0000-000000000000' });
  }
  return paginate(qb, args, 'published_at', (u) => u.publishedAt.toISOString(), 'DESC');
}

/**
 * Posts an update to a project the viewer reaches (staff: any; a partner: its organization's), optionally
 * with an approved photo of one of that project's children.
 */
export async function postUpdate(ctx: Context, input: ProjectUpdatePostInput): Promise<ProjectUpdateResult> {
  const projectId = fromGlobalIdOfType(input.projectId, 'Project');
  const project = projectId ? await ctx.loaders.byId.Project.load(projectId) : null;
  if (!project) return fail('projectId', 'No such project.');
  const body = input.body.trim();
  if (!body) return fail('body', 'Write the update.', UserErrorCode.REQUIRED);
  if (body.length > MAX_BODY_LENGTH) return fail('body', `Keep the update under ${MAX_BODY_LENGTH} characters.`);
  let mediaId: string | null = null;
  if (input.mediaId) {
    const id = fromGlobalIdOfType(input.mediaId, 'Media');
    const media = id ? await ctx.loaders.byId.Media.load(id) : null;
    const child = media?.childId ? await ctx.loaders.byId.Child.load(media.childId) : null;
    if (!media || !child || child.projectId !== project.id) return fail('mediaId', 'Choose a photo of a child of this project.');
    if (media.status !== MediaStatus.APPROVED) return fail('mediaId', 'Only photos approved by staff can be shown to sponsors.');
    mediaId = media.id;
  }
  const update = ctx.db.create(ProjectUpdate, { id: randomUUID(), projectId: project.id, authorId: ctx.viewer!.userId!, body, mediaId, publishedAt: new Date() });
  await ctx.db.transaction(async (em) => {
    await em.save(update);
    await audit(ctx, { action: 'project_update.posted', targetType: 'ProjectUpdate', targetId: update.id, details: { projectId: project.id, mediaId } }, em);
  });
  return { projectUpdate: update, userErrors: [] };
}

/** Deletes an update the viewer reaches (staff: any; a partner: its organization's projects'). */
export async function deleteUpdate(ctx: Context, globalId: string): Promise<ProjectUpdateResult> {
  const id = fromGlobalIdOfType(globalId, 'ProjectUpdate');
  const update = id ? await ctx.loaders.byId.ProjectUpdate.load(id) : null;
  if (!update) return fail('projectUpdateId', 'No such update.');
  await ctx.db.transaction(async (em) => {
    await em.delete(ProjectUpdate, update.id);
    await audit(ctx, { action: 'project_update.deleted', targetType: 'ProjectUpdate', targetId: update.id, details: { projectId: update.projectId } }, em);
  });
  return { projectUpdate: update, userErrors: [] };
}
