import { BudgetedPort, overBudget } from './sync-budget';
import type { ApiUsage, SalesforcePort } from './salesforce-port';

describe('API budget (acceptance 9, unit)', () => {
  it.each([
    ['no reading yet', null, false],
    ['well below', { used: 100, limit: 1000 }, false],
    ['just below the share', { used: 799, limit: 1000 }, false],
    ['at the share', { used: 800, limit: 1000 }, true],
    ['above', { used: 990, limit: 1000 }, true],
    ['a zero limit is not a reading', { used: 5, limit: 0 }, false],
  ])('%s', (_name, usage, over) => {
    expect(overBudget(usage as ApiUsage | null, 0.8)).toBe(over);
  });

  it('waits before each call only while usage is above the share', async () => {
    let usage: ApiUsage = { used: 0, limit: 100 };
    const calls: string[] = [];
    const inner: SalesforcePort = {
      async *queryPages() {
        calls.push('page');
        yield [];
        calls.push('page');
        yield [];
      },
      getUpdated: async () => ({ ids: [], latestDateCovered: '' }),
      getDeleted: async () => ({ deletedRecords: [], earliestDateAvailable: '', latestDateCovered: '' }),
      upsert: async () => {
        calls.push('upsert');
        usage = { used: usage.used + 50, limit: 100 };
        return [];
      },
      describe: async () => ({ name: 'X', fields: [] }),
      apiUsage: () => usage,
    };
    const waits: number[] = [];
    const port = new BudgetedPort(inner, { share: 0.8, throttleMs: 250, skipCycles: 1 }, async (ms) => {
      waits.push(ms);
    });
    await port.upsert('Letter__c', 'Portal_Id__c', []);
    await port.upsert('Letter__c', 'Portal_Id__c', []);
    expect(waits).toEqual([]);
    expect(port.over).toBe(true);
    for await (const _page of port.queryPages('SELECT Id FROM Contact')) void _page;
    expect(waits).toEqual([250, 250, 250]);
    expect(port.throttledCalls).toBe(3);
    expect(calls).toEqual(['upsert', 'upsert', 'page', 'page']);
  });
});
