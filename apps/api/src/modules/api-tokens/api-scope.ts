import { registerEnumType } from 'type-graphql';

/** What an integrator's API token may do, per area. New areas add values here and check them in their scope. */
export enum ApiScope {
  CHILDREN_READ = 'CHILDREN_READ',
  LETTERS_READ = 'LETTERS_READ',
  REQUESTS_READ = 'REQUESTS_READ',
  REQUESTS_WRITE = 'REQUESTS_WRITE',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesConfig: {
    CHILDREN_READ: { description: 'Read children, projects, partner organizations and sponsorships (sponsor first names only).' },
    LETTERS_READ: { description: 'Read letters once sent for review (never drafts), with sponsor first names only.' },
    REQUESTS_READ: { description: 'Read requests, their forms and their threads (never staff-internal notes).' },
    REQUESTS_WRITE: { description: 'Change the status and owner of requests (with REQUESTS_READ to find them).' },
  },
});
