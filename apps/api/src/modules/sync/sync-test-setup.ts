import type { SalesforceSandbox } from '@portal/salesforce-sandbox';
import type { DataSource } from 'typeorm';
import type { SalesforcePort } from './salesforce-port';
import type { SfRecord, SfValue } from './sync-mapping';

/**
 * The two demo seeds differ in children's names and start dates: align Salesforce to the portal so the
 * shared test data stays as other test files expect it after a sync.
 */
export async function alignSandboxWithPortal(api: { dataSource: DataSource }, sandbox: SalesforceSandbox): Promise<void> {
  const q = <T>(sql: string) => api.dataSource.query(sql) as Promise<T[]>;
  const sf = (object: string) => sandbox.store.records(object);
  const children = await q<{ code: string; first_name: string; last_name: string; birth_date: string; gender: string }>(
    `SELECT code, first_name, last_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, gender FROM child`,
  );
  for (const c of children) {
    const record = sf('Child__c').find((r) => r.Child_Code__c === c.code);
    if (!record) continue;
    sandbox.store.update('Child__c', record.Id, {
      Name: `${c.first_name} ${c.last_name}`,
      First_Name__c: c.first_name,
      Last_Name__c: c.last_name,
      Birthdate__c: c.birth_date,
      Gender__c: c.gender === 'FEMALE' ? 'Female' : 'Male',
    });
  }
  const sponsorships = await q<{ email: string; code: string; start_date: string }>(
    `SELECT u.email, c.code, to_char(s.start_date, 'YYYY-MM-DD') AS start_date FROM sponsorship s JOIN "user" u ON u.id = s.sponsor_id JOIN child c ON c.id = s.child_id`,
  );
  for (const s of sf('Sponsorship__c')) {
    const email = String(sf('Contact').find((c) => c.Id === s.Sponsor__c)?.Email).toLowerCase();
    const code = sf('Child__c').find((c) => c.Id === s.Child__c)?.Child_Code__c;
    const match = sponsorships.find((p) => p.email === email && p.code === code);
    if (match) sandbox.store.update('Sponsorship__c', s.Id, { Start_Date__c: match.start_date });
  }
}

/** Hooks a test can set on a real port: run code after a query page, or stop answering after an upsert. */
export interface PortHooks {
  afterPage?: (soql: string) => void;
  /** The upsert reaches Salesforce, then the caller never hears back (a process killed mid-batch). */
  hangAfterUpsert?: boolean;
  upsertCalls: number;
}

/** A real port with test hooks, delegating every call. */
export function hookedPort(inner: SalesforcePort, hooks: PortHooks): SalesforcePort {
  return {
    async *queryPages(soql: string, pageSize?: number): AsyncIterable<SfRecord[]> {
      for await (const page of inner.queryPages(soql, pageSize)) {
        yield page;
        hooks.afterPage?.(soql);
      }
    },
    getUpdated: (o, s, e) => inner.getUpdated(o, s, e),
    getDeleted: (o, s, e) => inner.getDeleted(o, s, e),
    async upsert(sObject: string, externalIdField: string, records: Array<Record<string, SfValue>>) {
      hooks.upsertCalls += 1;
      const results = await inner.upsert(sObject, externalIdField, records);
      if (hooks.hangAfterUpsert) await new Promise<never>(() => undefined);
      return results;
    },
    describe: (o) => inner.describe(o),
    apiUsage: () => inner.apiUsage?.() ?? null,
  };
}

/**
 * Forgets every sync: cursors, links, conflicts, parked records, outbox rows and the Salesforce Ids of
 * synced rows. Each test file starts its own sandbox (its own Ids and clock), so each starts from here.
 */
export async function resetSyncState(api: { dataSource: DataSource }): Promise<void> {
  await api.dataSource.query('TRUNCATE sync_cursor, sync_link, sync_conflict, sync_parked, sync_outbox');
  for (const table of ['partner_organization', 'account', '"user"', 'project', 'child', 'sponsorship', 'letter']) {
    await api.dataSource.query(`UPDATE ${table} SET salesforce_id = NULL WHERE salesforce_id IS NOT NULL`);
  }
}
