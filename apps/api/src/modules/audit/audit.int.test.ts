import { startTestApi, DEMO_PASSWORD, type TestApi } from '../../test/harness';

const EVENTS = `query($action: String, $email: String, $after: String, $since: DateTimeISO) {
  auditEvents(first: 2, action: $action, actorEmail: $email, after: $after, since: $since) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { action actorEmail targetType ip userAgent details createdAt }
  }
}`;

describe('audit log', () => {
  let api: TestApi;
  let staff: string;
  // Other test files share the database: look only at what happened from here on.
  let since: string;
  beforeAll(async () => {
    api = await startTestApi();
    since = new Date(Date.now() - 1).toISOString();
    staff = await api.signIn('admin@demo.portal');
    await api.gql(`mutation { signIn(input: { email: "=cmd|' /C calc'!A0", password: "x" }) { userErrors { code } } }`);
    await api.gql(`mutation { signIn(input: { email: "anna.miller@demo.portal", password: "wrong" }) { userErrors { code } } }`);
    await api.signIn('anna.miller@demo.portal');
  });
  afterAll(() => api.close());

  it('records sign-in success and failure with IP and user agent; staff filter it newest first', async () => {
    const r = await api.gql(EVENTS, { email: 'anna.miller@demo.portal', since }, { token: staff });
    const page = r.data!.auditEvents;
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((n: any) => n.action)).toEqual(['auth.sign_in', 'auth.sign_in_failed']);
    expect(page.nodes[1]).toEqual(
      expect.objectContaining({ actorEmail: 'anna.miller@demo.portal', ip: expect.stringMatching(/127\.0\.0\.1/), userAgent: expect.any(String), details: { reason: 'wrong_password' } }),
    );
    const failures = await api.gql(EVENTS, { action: 'auth.sign_in_failed', since }, { token: staff });
    expect(failures.data!.auditEvents.totalCount).toBe(2);
    const next = await api.gql(EVENTS, { after: page.pageInfo.endCursor }, { token: staff });
    expect(next.data!.auditEvents.nodes.length).toBeGreaterThan(0);
  });

  it('is staff only', async () => {
    const anna = await api.signIn('anna.miller@demo.portal');
    const r = await api.gql(EVENTS, {}, { token: anna });
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    const csv = await fetch(`${api.url}/exports/audit-events.csv`, { headers: { authorization: `Bearer ${anna}` } });
    expect(csv.status).toBe(403);
    expect((await fetch(`${api.url}/exports/audit-events.csv`)).status).toBe(401);
  });

  it('exports CSV with spreadsheet formulas neutralized, and audits the export', async () => {
    const res = await fetch(`${api.url}/exports/audit-events.csv?action=auth.sign_in_failed&since=${encodeURIComponent(since)}`, { headers: { authorization: `Bearer ${staff}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await res.text();
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('createdAt,action,actorEmail,actorId,targetType,targetId,ip,userAgent,details');
    expect(lines).toHaveLength(3);
    expect(text).toContain(`'=cmd|' /c calc'!a0`);
    expect(text).not.toMatch(/,=cmd/);
    const exported = await api.gql(EVENTS, { action: 'audit.exported', since }, { token: staff });
    expect(exported.data!.auditEvents.totalCount).toBe(1);
  });
});
