import 'reflect-metadata';
import { GraphQLError, type GraphQLSchema, isObjectType } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { buildSchema } from 'type-graphql';
import { NodeResolver } from './node.resolver';
import { nodeRules } from './node.rules';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { authRules } from '../modules/auth/auth.rules';
import { ChildResolver } from '../modules/children/child.resolver';
import { childRules } from '../modules/children/child.rules';
import { ProjectResolver } from '../modules/projects/project.resolver';
import { projectRules } from '../modules/projects/project.rules';
import { SponsorshipResolver } from '../modules/sponsorships/sponsorship.resolver';
import { sponsorshipRules } from '../modules/sponsorships/sponsorship.rules';
import { UserResolver } from '../modules/users/user.resolver';
import { userRules } from '../modules/users/user.rules';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { auditRules } from '../modules/audit/audit.rules';
import { IdentityResolver } from '../modules/identity/identity.resolver';
import { identityRules } from '../modules/identity/identity.rules';
import { CapturedMailResolver, MailResolver } from '../modules/mail/mail.resolver';
import { mailRules } from '../modules/mail/mail.rules';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver';
import { apiTokenRules } from '../modules/api-tokens/api-token.rules';
import { TwoFactorResolver } from '../modules/two-factor/two-factor.resolver';
import { twoFactorRules } from '../modules/two-factor/two-factor.rules';
import { SyncResolver } from '../modules/sync/sync.resolver';
import { syncRules } from '../modules/sync/sync.rules';
import { letterResolvers, letterRules } from '../modules/letters/letters.module';
import { mediaResolvers } from '../modules/media/media.resolver';
import { mediaRules } from '../modules/media/media.rules';
import { FeedResolver } from '../modules/media/feed.resolver';
import { MediaReviewResolver } from '../modules/media/media-review.resolver';
import { feedRules } from '../modules/media/feed.rules';
import { ProjectUpdateResolver } from '../modules/project-updates/project-update.resolver';
import { projectUpdateRules } from '../modules/project-updates/project-update.rules';
import { requestResolvers, requestRules } from '../modules/requests/requests.module';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { notificationRules } from '../modules/notifications/notification.rules';
import { DashboardResolver } from '../modules/dashboards/dashboard.resolver';
import { dashboardRules } from '../modules/dashboards/dashboard.rules';
import { KpiResolver } from '../modules/kpis/kpi.resolver';
import { kpiRules } from '../modules/kpis/kpi.rules';
import { documentResolvers } from '../modules/documents/document.resolver';
import { documentRules } from '../modules/documents/document.rules';

const resolvers = [NodeResolver, AuthResolver, UserResolver, ChildResolver, ProjectResolver, SponsorshipResolver, AuditResolver, IdentityResolver, MailResolver, CapturedMailResolver, ApiTokenResolver, TwoFactorResolver, SyncResolver, ...letterResolvers, ...mediaResolvers, FeedResolver, MediaReviewResolver, ProjectUpdateResolver, ...requestResolvers, NotificationResolver, DashboardResolver, KpiResolver, ...documentResolvers] as const;

type RootRules = { Query?: Record<string, unknown>; Mutation?: Record<string, unknown> };
const moduleRules: RootRules[] = [nodeRules, authRules, userRules, childRules, projectRules, sponsorshipRules, auditRules, identityRules, mailRules, apiTokenRules, twoFactorRules, syncRules, letterRules, mediaRules, feedRules, projectUpdateRules, requestRules, notificationRules, dashboardRules, kpiRules, documentRules];

/** The root-field rules of every module, merged: the single place the shield reads. */
export function rootRules(): { Query: Record<string, unknown>; Mutation: Record<string, unknown> } {
  const merged = { Query: {} as Record<string, unknown>, Mutation: {} as Record<string, unknown> };
  for (const r of moduleRules) {
    Object.assign(merged.Query, r.Query ?? {});
    Object.assign(merged.Mutation, r.Mutation ?? {});
  }
  return merged;
}

/** The schema as the code declares it, before permissions (also what schema.graphql is printed from). */
export function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/**
 * The served schema: root fields without a named rule are denied (FORBIDDEN); fields of object types
 * are allowed because every object is reached through a root field and rows are scoped in the data layer.
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  const tree: Record<string, unknown> = { ...rootRules() };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Query' && type.name !== 'Mutation') {
      tree[type.name] = allow;
    }
  }
  const permissions = shield(tree as IRules, {
    fallbackRule: deny,
    fallbackError: new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } }),
    allowExternalErrors: true,
  });
  return applyMiddleware(schema, permissions);
}
