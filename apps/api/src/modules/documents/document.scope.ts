import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isPartner, isSponsor, isStaff } from '../../auth/viewer';
import type { Document, DocumentVersion, PersonalArchive } from './document.entity';

type Predicate = { sql: string; params: Record<string, string | null> } | null | false;

/**
 * Which documents a viewer may reach, as SQL over alias `d` (null: all; false: none).
 * A sponsor: PUBLISHED documents of their account, of the projects of children they actively
 * sponsor (PROJECT_SPONSORS), and those for all sponsors. A partner: PUBLISHED documents addressed
 * to their organization or its projects (either project audience), those for all partners, and
 * every document their organization uploaded (to follow its review). Staff: all. Tokens: none.
 */
export function documentPredicate(viewer: Viewer | null, d: string): Predicate {
  if (!viewer) return false;
  if (isStaff(viewer)) return null;
  if (isSponsor(viewer)) {
    return {
      sql: `${d}.status = 'PUBLISHED' AND (
        (${d}.audience = 'ACCOUNT' AND ${d}.account_id = :scopeAccountId)
        OR (${d}.audience = 'PROJECT_SPONSORS' AND ${d}.project_id IN
          (SELECT sc.project_id FROM child sc JOIN sponsorship ss ON ss.child_id = sc.id WHERE ss.sponsor_id = :scopeUserId AND ss.active))
        OR ${d}.audience = 'ALL_SPONSORS')`,
      // A sponsor without an account matches no ACCOUNT document (NULL never equals).
      params: { scopeAccountId: viewer.accountId, scopeUserId: viewer.userId },
    };
  }
  if (isPartner(viewer)) {
    return {
      sql: `(${d}.partner_organization_id = :scopeOrgId AND (${d}.status = 'PUBLISHED' OR ${d}.origin = 'PARTNER'))
        OR (${d}.audience = 'ALL_PARTNERS' AND ${d}.status = 'PUBLISHED')`,
      params: { scopeOrgId: viewer.partnerOrganizationId },
    };
  }
  return false;
}

const apply = <T extends object>(qb: SelectQueryBuilder<T>, p: Predicate, sql: (inner: string) => string): SelectQueryBuilder<T> =>
  p === false ? qb.andWhere('1 = 0') : p ? qb.andWhere(sql(p.sql), p.params) : qb;

/** Row scope for documents (see documentPredicate). */
export function scopeDocuments(qb: SelectQueryBuilder<Document>, viewer: Viewer | null): SelectQueryBuilder<Document> {
  return apply(qb, documentPredicate(viewer, qb.alias), (sql) => `(${sql})`);
}

/**
 * Versions: staff see every version of every document; others only the newest confirmed file of
 * a document they may reach (the old ones stay in storage, for staff), and their own unconfirmed upload.
 */
export function scopeDocumentVersions(qb: SelectQueryBuilder<DocumentVersion>, viewer: Viewer | null): SelectQueryBuilder<DocumentVersion> {
  const v = qb.alias;
  const p = documentPredicate(viewer, 'sd');
  if (p === null) return qb;
  if (p === false) return qb.andWhere('1 = 0');
  // The uploader also reaches their own file before it is confirmed (to confirm it).
  return qb.andWhere(
    `(${v}.ready_at IS NULL AND ${v}.uploaded_by_id = :scopeVersionUploader)
     OR (${v}.ready_at IS NOT NULL
       AND ${v}.document_id IN (SELECT sd.id FROM document sd WHERE ${p.sql})
       AND ${v}.number = (SELECT max(sv.number) FROM document_version sv WHERE sv.document_id = ${v}.document_id AND sv.ready_at IS NOT NULL))`,
    { ...p.params, scopeVersionUploader: viewer!.userId },
  );
}

/** Personal archives: a person their own; staff none (an archive is private correspondence). */
export function scopePersonalArchives(qb: SelectQueryBuilder<PersonalArchive>, viewer: Viewer | null): SelectQueryBuilder<PersonalArchive> {
  if (!viewer || viewer.kind !== 'person') return qb.andWhere('1 = 0');
  return qb.andWhere(`${qb.alias}.user_id = :scopeArchiveUserId`, { scopeArchiveUserId: viewer.userId });
}
