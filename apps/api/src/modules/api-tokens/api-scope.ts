import { registerEnumType } from 'type-graphql';

/**
 * What an integrator's API token may do, per area. New areas add values here and check them in their scope.
 * Children, projects and sponsorships have no write scope on purpose: Salesforce owns them and they reach the
 * portal only through the sync. Letters and photos have none either: every one must pass a person's review
 * (a sponsor writes, a partner uploads, staff look at it), which a token cannot do.
 */
export enum ApiScope {
  CHILDREN_READ = 'CHILDREN_READ',
  LETTERS_READ = 'LETTERS_READ',
  MEDIA_READ = 'MEDIA_READ',
  REQUESTS_READ = 'REQUESTS_READ',
  REQUESTS_WRITE = 'REQUESTS_WRITE',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesConfig: {
    CHILDREN_READ: { description: 'Read children, projects, partner organizations and sponsorships (sponsor first names only).' },
    LETTERS_READ: { description: 'Read letters once sent for review (never drafts), with sponsor first names only.' },
    MEDIA_READ: { description: 'Read photos released by staff review (never pending or rejected ones), with short-lived signed URLs; every access is audited.' },
    REQUESTS_READ: { description: 'Read requests, their forms and their threads (never staff-internal notes).' },
    REQUESTS_WRITE: { description: 'Change the status and owner of requests (with REQUESTS_READ to find them).' },
  },
});
