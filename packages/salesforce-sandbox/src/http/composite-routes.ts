import { SalesforceError } from '../salesforce-error';
import type { ApiReply, ApiRequest, SandboxContext } from './http-types';
import { fieldList, jsonBody, objectFromPath, serializeRecord, writableFields } from './route-helpers';

const MAX_RECORDS = 200;
const ROLLED_BACK = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [] as string[],
};

interface ItemResult {
  id?: string;
  created?: boolean;
  error?: SalesforceError;
}

type Item = { id?: string; run: () => { id: string; created?: boolean } };

const rollback = Symbol('rollback');

/** Runs each item; with allOrNone, any failure undoes all and the others report ROLLED_BACK. */
function runCollection(ctx: SandboxContext, allOrNone: boolean, items: Item[], withCreated = false): unknown[] {
  const exec = (): ItemResult[] =>
    items.map((item) => {
      try {
        return item.run();
      } catch (error) {
        if (!(error instanceof SalesforceError)) throw error;
        return { id: item.id, error };
      }
    });
  let results: ItemResult[] = [];
  if (allOrNone) {
    try {
      ctx.store.transaction(() => {
        results = exec();
        if (results.some((r) => r.error)) throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
    }
  } else {
    results = exec();
  }
  const failed = results.some((r) => r.error);
  return results.map((r, i) => {
    const created = withCreated ? { created: r.created ?? false } : {};
    if (r.error) {
      return { ...(items[i].id ? { id: items[i].id } : {}), success: false, errors: [{ statusCode: r.error.errorCode, message: r.error.message, fields: r.error.fields }] };
    }
    if (allOrNone && failed) return { ...(items[i].id ? { id: items[i].id } : {}), success: false, errors: [ROLLED_BACK] };
    return { id: r.id, success: true, errors: [], ...created };
  });
}

function collectionBody(req: ApiRequest): { allOrNone: boolean; records: Record<string, unknown>[] } {
  const body = jsonBody(req);
  const records = Array.isArray(body.records) ? (body.records as Record<string, unknown>[]) : [];
  if (records.length > MAX_RECORDS) {
    throw new SalesforceError('EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call`);
  }
  return { allOrNone: body.allOrNone === true, records };
}

function recordType(record: Record<string, unknown>): string {
  const type = (record.attributes as { type?: string } | undefined)?.type;
  if (!type) throw new SalesforceError('INVALID_TYPE', 'Must send a concrete entity type.');
  return type;
}

/** POST /composite/sobjects: create up to 200 records. */
export function createMany(ctx: SandboxContext, req: ApiRequest): ApiReply {
  const { allOrNone, records } = collectionBody(req);
  const userId = req.session?.userId;
  const items = records.map((record) => ({
    run: () => {
      const type = recordType(record);
      if (record.id || record.Id) throw new SalesforceError('INVALID_FIELD', 'cannot specify Id in an insert call', ['Id']);
      return { id: ctx.store.create(objectFromPath(ctx, type).name, writableFields(record), { userId }).Id };
    },
  }));
  return { status: 200, body: runCollection(ctx, allOrNone, items) };
}

/** PATCH /composite/sobjects: update up to 200 records by id. */
export function updateMany(ctx: SandboxContext, req: ApiRequest): ApiReply {
  const { allOrNone, records } = collectionBody(req);
  const userId = req.session?.userId;
  const items = records.map((record) => {
    const { id, Id, ...fields } = writableFields(record);
    const recordId = String(id ?? Id ?? '');
    return {
      id: recordId || undefined,
      run: () => {
        if (!recordId) throw new SalesforceError('MISSING_ARGUMENT', 'Id not specified in an update call', []);
        return { id: ctx.store.update(objectFromPath(ctx, recordType(record)).name, recordId, fields, { userId }).Id };
      },
    };
  });
  return { status: 200, body: runCollection(ctx, allOrNone, items) };
}

/** PATCH /composite/sobjects/T/{ExternalIdField}: upsert up to 200 records. */
export function upsertMany(ctx: SandboxContext, req: ApiRequest, [type, field]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const { allOrNone, records } = collectionBody(req);
  const userId = req.session?.userId;
  const items = records.map((record) => ({
    run: () => {
      const body = writableFields(record);
      const key = Object.keys(body).find((k) => k.toLowerCase() === field.toLowerCase());
      const value = key ? body[key] : undefined;
      if (value === undefined || value === null || value === '') {
        throw new SalesforceError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${field}]`, [field]);
      }
      const rest = Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));
      const { record: saved, created } = ctx.store.upsert(def.name, field, String(value), rest, { userId });
      return { id: saved.Id, created };
    },
  }));
  return { status: 200, body: runCollection(ctx, allOrNone, items, true) };
}

/** DELETE /composite/sobjects?ids=…&allOrNone=. */
export function deleteMany(ctx: SandboxContext, req: ApiRequest): ApiReply {
  const ids = fieldList(req.query.get('ids')) ?? [];
  if (ids.length > MAX_RECORDS) {
    throw new SalesforceError('EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call`);
  }
  const items = ids.map((id) => ({
    id,
    run: () => {
      const def = ctx.store.schema.objectForId(id);
      if (!def) throw new SalesforceError('MALFORMED_ID', `malformed id ${id}`);
      ctx.store.delete(def.name, id);
      return { id: ctx.store.findById(id)?.Id ?? id };
    },
  }));
  return { status: 200, body: runCollection(ctx, req.query.get('allOrNone') === 'true', items) };
}

/** GET /composite/sobjects/T?ids=&fields= or POST with { ids, fields }: records or null per id. */
export function retrieveMany(ctx: SandboxContext, req: ApiRequest, [type]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const body = req.method === 'POST' ? jsonBody(req) : {};
  const ids = (body.ids as string[] | undefined) ?? fieldList(req.query.get('ids')) ?? [];
  const fields = (body.fields as string[] | undefined) ?? fieldList(req.query.get('fields'));
  if (!fields || fields.length === 0) throw new SalesforceError('MISSING_ARGUMENT', 'The fields parameter is required');
  if (ids.length > 2000) throw new SalesforceError('EXCEEDED_ID_LIMIT', 'cannot retrieve more than 2000 records');
  const records = ids.map((id) => {
    try {
      return serializeRecord(ctx, req, def, ctx.store.retrieve(def.name, id), fields);
    } catch (error) {
      if (error instanceof SalesforceError && error.errorCode === 'NOT_FOUND') return null;
      throw error;
    }
  });
  return { status: 200, body: records };
}
