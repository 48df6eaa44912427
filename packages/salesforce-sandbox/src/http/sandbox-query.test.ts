import type { Connection } from 'jsforce';
import type { SalesforceSandbox } from '../sandbox';
import { sandboxWithConnection } from './test-sandbox';

describe('sandbox queries through jsforce', () => {
  let sandbox: SalesforceSandbox;
  let conn: Connection;

  beforeAll(async () => {
    ({ sandbox, conn } = await sandboxWithConnection());
    // 450 extra letters to page through.
    const sponsorship = (await conn.query<{ Id: string }>('SELECT Id FROM Sponsorship__c LIMIT 1')).records[0];
    for (let batch = 0; batch < 3; batch += 1) {
      const letters = Array.from({ length: 150 }, (_, i) => ({ Portal_Id__c: `bulk-${batch * 150 + i}`, Sponsorship__c: sponsorship.Id, Subject__c: `Letter ${batch * 150 + i}` }));
      await conn.sobject('Letter__c').create(letters, { allOrNone: true });
    }
  });
  afterAll(() => sandbox.stop());

  it('returns seeded children with parent fields nested like Salesforce', async () => {
    const result = await conn.query<Record<string, any>>(
      "SELECT Child_Code__c, First_Name__c, Project__r.Name, Project__r.Partner__r.Name FROM Child__c WHERE Project__r.Project_Code__c = 'UG' ORDER BY Child_Code__c LIMIT 2",
    );
    expect(result).toMatchObject({ totalSize: 2, done: true });
    expect(result.records[0]).toEqual({
      attributes: { type: 'Child__c', url: expect.stringMatching(/^\/services\/data\/v62\.0\/sobjects\/Child__c\/a02\w{15}$/) },
      Child_Code__c: 'UG-0001',
      First_Name__c: expect.any(String),
      Project__r: {
        attributes: { type: 'Project__c', url: expect.stringContaining('/sobjects/Project__c/a01') },
        Name: 'Gulu Youth Project',
        Partner__r: { attributes: { type: 'Account', url: expect.any(String) }, Name: 'Gulu Hope Partners' },
      },
    });
  });

  const seeded: [string, string, number][] = [
    ['partners', "SELECT COUNT() FROM Account WHERE Type = 'Partner'", 2],
    ['Kenyan children', "SELECT COUNT() FROM Child__c WHERE Child_Code__c LIKE 'KE-%'", 12],
    ['Nakuru children', "SELECT COUNT() FROM Child__c WHERE Project__r.Name = 'Nakuru Farm School'", 6],
    ['Ugandan children', "SELECT COUNT() FROM Child__c WHERE Project__r.Partner__r.BillingCountryCode = 'UG'", 10],
    ["Claire's sponsorships", "SELECT COUNT() FROM Sponsorship__c WHERE Sponsor__r.Email = 'claire.dubois@demo.portal'", 4],
    ['sponsored children', "SELECT COUNT() FROM Child__c WHERE Status__c = 'Sponsored'", 10],
  ];
  it.each(seeded)('seeds the demo NGO: %s', async (_name, soql, count) => {
    expect((await conn.query(soql)).totalSize).toBe(count);
  });

  it('pages with nextRecordsUrl and queryMore, honouring Sforce-Query-Options batchSize', async () => {
    const headers = { 'Sforce-Query-Options': 'batchSize=200' };
    const first = await conn.query("SELECT Id, Subject__c FROM Letter__c WHERE Portal_Id__c LIKE 'bulk-%'").execute({ autoFetch: false, headers });
    expect(first).toMatchObject({ totalSize: 450, done: false, nextRecordsUrl: expect.stringMatching(/\/services\/data\/v62\.0\/query\/01g\w+-200$/) });
    expect(first.records).toHaveLength(200);
    const second = await conn.queryMore(first.nextRecordsUrl as string).execute({ autoFetch: false, headers });
    expect(second.records).toHaveLength(200);
    const third = await conn.queryMore(second.nextRecordsUrl as string);
    expect(third).toMatchObject({ done: true });
    expect(third.records).toHaveLength(50);
    const ids = new Set([...first.records, ...second.records, ...third.records].map((r) => r.Id));
    expect(ids.size).toBe(450);
  });

  it('fetches every batch with autoFetch', async () => {
    const seen: string[] = [];
    const query = conn.query("SELECT Id FROM Letter__c WHERE Portal_Id__c LIKE 'bulk-%'").on('record', (r: { Id: string }) => seen.push(r.Id));
    const result = await query.execute({ autoFetch: true, maxFetch: 1000, headers: { 'Sforce-Query-Options': 'batchSize=200' } });
    expect(result).toMatchObject({ totalSize: 450, done: true });
    expect(result.records).toHaveLength(450);
    expect(new Set(seen).size).toBe(450);
    const sobjectFind = await conn.sobject('Letter__c').find({ Portal_Id__c: { $like: 'bulk-1%' } }, ['Id', 'Subject__c']).sort({ Subject__c: -1 }).limit(3);
    expect(sobjectFind.map((r: Record<string, unknown>) => r.Subject__c)).toEqual(['Letter 199', 'Letter 198', 'Letter 197']);
  });

  it('returns deleted rows from queryAll only', async () => {
    const { id } = (await conn.sobject('Letter__c').create({ Portal_Id__c: 'to-delete' })) as { id: string };
    await conn.sobject('Letter__c').destroy(id);
    expect((await conn.query("SELECT Id FROM Letter__c WHERE Portal_Id__c = 'to-delete'")).totalSize).toBe(0);
    const all = await conn.query("SELECT Id, IsDeleted FROM Letter__c WHERE Portal_Id__c = 'to-delete'").scanAll(true);
    expect(all.records).toMatchObject([{ Id: id, IsDeleted: true }]);
  });

  const errors: [string, string, string][] = [
    ['malformed', 'SELECT FROM Account', 'MALFORMED_QUERY'],
    ['unknown object', 'SELECT Id FROM Donation__c', 'INVALID_TYPE'],
    ['unknown field', 'SELECT Id, Colour__c FROM Account', 'INVALID_FIELD'],
    ['wrong literal type', "SELECT Id FROM Child__c WHERE Birthdate__c > '2015-01-01'", 'INVALID_FIELD'],
  ];
  it.each(errors)('answers a %s query with 400', async (_name, soql, errorCode) => {
    await expect(conn.query(soql)).rejects.toMatchObject({ name: errorCode, errorCode });
  });

  it('rejects an unknown query locator', async () => {
    await expect(conn.queryMore('01gAAAAAAAAAAAAAAA-2000')).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
  });

  it('counts API usage in Sforce-Limit-Info and /limits', async () => {
    await conn.query('SELECT Id FROM Account LIMIT 1');
    const used = conn.limitInfo.apiUsage?.used ?? 0;
    expect(conn.limitInfo.apiUsage).toEqual({ used: sandbox.usage.used, limit: 15000 });
    const limits = (await conn.limits()) as unknown as { DailyApiRequests: { Max: number; Remaining: number } };
    expect(limits.DailyApiRequests).toEqual({ Max: 15000, Remaining: 15000 - used - 1 });
  });
});
