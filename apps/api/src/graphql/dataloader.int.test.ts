import { startTestApi, type TestApi } from '../test/harness';

const NESTED = `query($n: Int) {
  children(first: $n) {
    nodes { code project { name partnerOrganization { name } } sponsorships { totalCount nodes { startDate sponsorFirstName child { code } } } }
  }
}`;

describe('DataLoader batching', () => {
  let api: TestApi;
  let staff: string;
  beforeAll(async () => {
    api = await startTestApi();
    staff = await api.signIn('admin@demo.portal');
  });
  afterAll(() => api.close());

  it('issues the same number of SQL statements for first: 5 and first: 50', async () => {
    const counts: number[] = [];
    for (const n of [5, 50]) {
      api.queries.count = 0;
      const r = await api.gql(NESTED, { n }, { token: staff });
      expect(r.errors).toBeUndefined();
      expect(r.data!.children.nodes.length).toBe(Math.min(n, 28));
      counts.push(api.queries.count);
    }
    process.stdout.write(`SQL statements: first 5 -> ${counts[0]}, first 50 -> ${counts[1]}\n`);
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });
});
