import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Account } from '../modules/accounts/account.entity';
import { scopeAccounts } from '../modules/accounts/account.scope';
import { Child } from '../modules/children/child.entity';
import { scopeChildren } from '../modules/children/child.scope';
import { PartnerOrganization } from '../modules/partners/partner-organization.entity';
import { scopePartnerOrganizations } from '../modules/partners/partner-organization.scope';
import { Project } from '../modules/projects/project.entity';
import { scopeProjects } from '../modules/projects/project.scope';
import { Sponsorship } from '../modules/sponsorships/sponsorship.entity';
import { scopeSponsorships } from '../modules/sponsorships/sponsorship.scope';
import { User } from '../modules/users/user.entity';
import { scopeUsers } from '../modules/users/user.scope';
import { Letter } from '../modules/letters/letter.entity';
import { scopeLetters } from '../modules/letters/letter.scope';
import { Approval } from '../modules/approvals/approval.entity';
import { scopeApprovals } from '../modules/approvals/approval.scope';
import { Media, Upload, UploadBatch } from '../modules/media/media.entity';
import { scopeMedia, scopeUploads } from '../modules/media/media.scope';
import { ProjectUpdate } from '../modules/project-updates/project-update.entity';
import { scopeProjectUpdates } from '../modules/project-updates/project-update.scope';
import { Request, RequestAttachment, RequestMessage } from '../modules/requests/request.entity';
import { RequestForm } from '../modules/requests/request-form.entity';
import { scopeRequestAttachments, scopeRequestForms, scopeRequestMessages, scopeRequests } from '../modules/requests/request.scope';
import { Notification } from '../modules/notifications/notification.entity';
import { scopeNotifications } from '../modules/notifications/notification.scope';
import { Document, DocumentVersion, PersonalArchive } from '../modules/documents/document.entity';
import { scopeDocuments, scopeDocumentVersions, scopePersonalArchives } from '../modules/documents/document.scope';

type ScopeFn<T extends ObjectLiteral> = (qb: SelectQueryBuilder<T>, viewer: Viewer | null) => SelectQueryBuilder<T>;

interface Scoped<T extends ObjectLiteral> {
  entity: new () => T;
  alias: string;
  scope: ScopeFn<T>;
}

const entry = <T extends ObjectLiteral>(entity: new () => T, alias: string, scope: ScopeFn<T>): Scoped<T> => ({
  entity,
  alias,
  scope,
});

/**
 * Every entity reachable through the API and the row scope that guards it. Code reads these
 * entities only through `scopedQuery`, so a missing permission rule cannot leak rows.
 */
export const SCOPED = {
  Account: entry(Account, 'account', scopeAccounts),
  User: entry(User, 'person', scopeUsers),
  PartnerOrganization: entry(PartnerOrganization, 'org', scopePartnerOrganizations),
  Project: entry(Project, 'project', scopeProjects),
  Child: entry(Child, 'child', scopeChildren),
  Sponsorship: entry(Sponsorship, 'sponsorship', scopeSponsorships),
  Letter: entry(Letter, 'letter', scopeLetters),
  Approval: entry(Approval, 'approval', scopeApprovals),
  UploadBatch: entry(UploadBatch, 'batch', scopeUploads),
  Upload: entry(Upload, 'upload', scopeUploads),
  Media: entry(Media, 'media', scopeMedia),
  ProjectUpdate: entry(ProjectUpdate, 'pupdate', scopeProjectUpdates),
  RequestForm: entry(RequestForm, 'rform', scopeRequestForms),
  Request: entry(Request, 'request', scopeRequests),
  RequestMessage: entry(RequestMessage, 'rmessage', scopeRequestMessages),
  RequestAttachment: entry(RequestAttachment, 'rattachment', scopeRequestAttachments),
  Notification: entry(Notification, 'notification', scopeNotifications),
  Document: entry(Document, 'doc', scopeDocuments),
  DocumentVersion: entry(DocumentVersion, 'docversion', scopeDocumentVersions),
  PersonalArchive: entry(PersonalArchive, 'parchive', scopePersonalArchives),
} as const;

export type ScopedTypeName = keyof typeof SCOPED;
type EntityOf<K extends ScopedTypeName> = (typeof SCOPED)[K] extends Scoped<infer T> ? T : never;

export const isScopedTypeName = (name: string): name is ScopedTypeName => Object.hasOwn(SCOPED, name);

/** A query builder over one entity, already limited to what the viewer may see. */
export function scopedQuery<K extends ScopedTypeName>(
  db: EntityManager,
  viewer: Viewer | null,
  type: K,
): SelectQueryBuilder<EntityOf<K>> {
  const s = SCOPED[type] as unknown as Scoped<EntityOf<K>>;
  return s.scope(db.createQueryBuilder(s.entity, s.alias), viewer);
}
