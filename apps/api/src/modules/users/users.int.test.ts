import { startTestApi, type TestApi } from '../../test/harness';
import { toGlobalId } from '../../graphql/global-id';

const PEOPLE = `query($role: Role, $status: UserStatus, $org: ID, $first: Int) {
  users(role: $role, status: $status, organizationId: $org, first: $first) {
    totalCount
    nodes { email role status partnerOrganization { id name } account { id } }
  }
}`;

describe('staff People list filters', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signIn('admin@demo.portal');
  });
  afterAll(() => api.close());

  async function people(vars: Record<string, unknown>) {
    const r = await api.gql(PEOPLE, { first: 100, ...vars }, { token: admin });
    expect(r.errors).toBeUndefined();
    return r.data!.users as { totalCount: number; nodes: Array<{ email: string; role: string; status: string; partnerOrganization: { id: string; name: string } | null; account: { id: string } | null }> };
  }

  it('filters by partner organization: only that organization’s partner users', async () => {
    const all = await people({ role: 'PARTNER' });
    const kenya = all.nodes.find((p) => p.email === 'partner.kenya@demo.portal')!;
    const orgId = kenya.partnerOrganization!.id;
    const inOrg = await people({ org: orgId });
    expect(inOrg.nodes.map((p) => p.email)).toContain('partner.kenya@demo.portal');
    expect(inOrg.nodes.map((p) => p.email)).not.toContain('partner.uganda@demo.portal');
    expect(inOrg.nodes.every((p) => p.partnerOrganization?.id === orgId)).toBe(true);
    expect(inOrg.totalCount).toBe(inOrg.nodes.length);
  });

  it('filters by sponsor account, and combines with role and status', async () => {
    const anna = (await people({ role: 'SPONSOR' })).nodes.find((p) => p.email === 'anna.miller@demo.portal')!;
    const household = await people({ org: anna.account!.id });
    expect(household.nodes.map((p) => p.email)).toContain('anna.miller@demo.portal');
    expect(household.nodes.every((p) => p.account?.id === anna.account!.id)).toBe(true);
    expect((await people({ org: anna.account!.id, role: 'PARTNER' })).totalCount).toBe(0);
    expect((await people({ org: anna.account!.id, status: 'DEACTIVATED' })).nodes.every((p) => p.status === 'DEACTIVATED')).toBe(true);
  });

  it('filters by status on the server, so totals count only matching people', async () => {
    const active = await people({ status: 'ACTIVE' });
    expect(active.nodes.length).toBeGreaterThan(0);
    expect(active.nodes.every((p) => p.status === 'ACTIVE')).toBe(true);
    const all = await people({});
    expect(all.totalCount).toBeGreaterThanOrEqual(active.totalCount);
  });

  it('matches nobody for an id of another type or a malformed id, without an error', async () => {
    expect((await people({ org: toGlobalId('Child', '00000000-0000-4000-8000-000000000000') })).totalCount).toBe(0);
    expect((await people({ org: 'not-an-id' })).totalCount).toBe(0);
  });

  it('stays a staff-only list: a partner user cannot filter their way to anyone', async () => {
    const kenya = await api.signIn('partner.kenya@demo.portal');
    const r = await api.gql(PEOPLE, { first: 5 }, { token: kenya });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
