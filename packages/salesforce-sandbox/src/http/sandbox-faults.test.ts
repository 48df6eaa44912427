import type { Connection } from 'jsforce';
import type { SalesforceSandbox } from '../sandbox';
import type { FaultSpec } from './fault-injector';
import { sandboxWithConnection } from './test-sandbox';

describe('sandbox fault injection through jsforce', () => {
  let sandbox: SalesforceSandbox;
  let conn: Connection;

  beforeAll(async () => {
    ({ sandbox, conn } = await sandboxWithConnection({ dailyApiRequests: 10_000 }));
  });
  afterEach(() => sandbox.faults.clear());
  afterAll(() => sandbox.stop());

  const faults: [string, FaultSpec, Record<string, unknown>][] = [
    ['503', { status: 503 }, { name: 'SERVER_UNAVAILABLE', errorCode: 'SERVER_UNAVAILABLE' }],
    ['a row lock', { errorCode: 'UNABLE_TO_LOCK_ROW' }, { name: 'UNABLE_TO_LOCK_ROW', message: expect.stringContaining('exclusive access') }],
    ['500 with a custom message', { status: 500, message: 'boom' }, { name: 'UNKNOWN_EXCEPTION', message: 'boom' }],
    ['a rate limit', { status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED' }, { name: 'REQUEST_LIMIT_EXCEEDED' }],
  ];
  // POST, because jsforce retries GETs on 5xx and dropped connections (see the retry test).
  it.each(faults)('surfaces %s as the error jsforce raises', async (_name, spec, expected) => {
    sandbox.faults.next(spec);
    await expect(conn.sobject('Account').create({ Name: 'Faulty' })).rejects.toMatchObject(expected);
    // One-shot: the next call succeeds.
    await expect(conn.sobject('Account').create({ Name: 'Fine' })).resolves.toMatchObject({ success: true });
  });

  it('lets jsforce retry a GET after a one-off 503, as it does against Salesforce', async () => {
    sandbox.faults.next({ status: 503 });
    await expect(conn.query('SELECT Id FROM Project__c')).resolves.toMatchObject({ totalSize: 3 });
  });

  it('matches faults by method and path, and repeats them `times`', async () => {
    sandbox.faults.next({ errorCode: 'UNABLE_TO_LOCK_ROW', match: { method: 'PATCH', path: '/sobjects/Letter__c' }, times: 2 });
    await expect(conn.query('SELECT Id FROM Letter__c')).resolves.toBeDefined();
    const upsert = () => conn.sobject('Letter__c').upsert({ Portal_Id__c: 'lock-1' }, 'Portal_Id__c');
    await expect(upsert()).rejects.toMatchObject({ errorCode: 'UNABLE_TO_LOCK_ROW' });
    await expect(upsert()).rejects.toMatchObject({ errorCode: 'UNABLE_TO_LOCK_ROW' });
    await expect(upsert()).resolves.toMatchObject({ created: true });
  });

  it('delays a response by timeoutMs', async () => {
    sandbox.faults.next({ timeoutMs: 80 });
    const started = Date.now();
    await conn.query('SELECT Id FROM Account');
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('drops the connection', async () => {
    sandbox.faults.next({ dropConnection: true });
    await expect(conn.sobject('Account').create({ Name: 'Dropped' })).rejects.toThrow();
    await expect(conn.query("SELECT COUNT() FROM Account WHERE Name = 'Dropped'")).resolves.toMatchObject({ totalSize: 0 });
  });

  it('applies validation rules to single writes and collections', async () => {
    const remove = sandbox.faults.rule({
      object: 'Letter__c',
      when: (record) => String(record.Body__c ?? '').includes('phone number'),
      message: 'Letters must not contain contact details',
      fields: ['Body__c'],
    });
    await expect(conn.sobject('Letter__c').create({ Body__c: 'my phone number is 123' })).rejects.toMatchObject({
      name: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Letters must not contain contact details',
    });
    const results = await conn.sobject('Letter__c').create([{ Body__c: 'hello' }, { Body__c: 'phone number' }], { allOrNone: true });
    expect(results.map((r) => (r.success ? 'ok' : (r as unknown as { errors: { statusCode: string }[] }).errors[0].statusCode))).toEqual([
      'ALL_OR_NONE_OPERATION_ROLLED_BACK',
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
    ]);
    remove();
    await expect(conn.sobject('Letter__c').create({ Body__c: 'my phone number is 123' })).resolves.toMatchObject({ success: true });
  });

  it('answers REQUEST_LIMIT_EXCEEDED once the daily allowance is spent', async () => {
    sandbox.usage.used = sandbox.usage.max;
    await expect(conn.query('SELECT Id FROM Account')).rejects.toMatchObject({ errorCode: 'REQUEST_LIMIT_EXCEEDED' });
    sandbox.usage.used = 0;
  });
});
