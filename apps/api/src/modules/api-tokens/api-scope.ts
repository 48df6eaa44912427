import { registerEnumType } from 'type-graphql';

/** What an integrator's API token may do, per area. New areas add values here and check them in their scope. */
export enum ApiScope {
  CHILDREN_READ = 'CHILDREN_READ',
  LETTERS_READ = 'LETTERS_READ',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesConfig: {
    CHILDREN_READ: { description: 'Read children, projects, partner organizations and sponsorships (sponsor first names only).' },
    LETTERS_READ: { description: 'Read letters once sent for review (never drafts), with sponsor first names only.' },
  },
});
