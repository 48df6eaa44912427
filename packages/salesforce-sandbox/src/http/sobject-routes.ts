import { describeGlobal, describeSObject, sobjectBasicInfo } from '../schema/describe';
import { SalesforceError } from '../salesforce-error';
import type { ApiReply, ApiRequest, SandboxContext } from './http-types';
import { dataBase, fieldList, jsonBody, objectFromPath, serializeRecord, writableFields } from './route-helpers';

// Upsert answers 200 with a body for an update since API 46.0; older versions answer 204.
const UPSERT_BODY_SINCE = 46;

export function getDescribeGlobal(ctx: SandboxContext, req: ApiRequest): ApiReply {
  return { status: 200, body: describeGlobal(ctx.store.schema, dataBase(req)) };
}

export function getDescribe(ctx: SandboxContext, req: ApiRequest, [type]: string[]): ApiReply {
  return { status: 200, body: describeSObject(ctx.store.schema, objectFromPath(ctx, type), dataBase(req)) };
}

export function getBasicInfo(ctx: SandboxContext, req: ApiRequest, [type]: string[]): ApiReply {
  return { status: 200, body: sobjectBasicInfo(objectFromPath(ctx, type), dataBase(req)) };
}

/** POST /sobjects/T → 201 { id, success, errors }. */
export function createRecord(ctx: SandboxContext, req: ApiRequest, [type]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const record = ctx.store.create(def.name, writableFields(jsonBody(req)), { userId: req.session?.userId });
  return { status: 201, body: { id: record.Id, success: true, errors: [] } };
}

/** GET /sobjects/T/{id}?fields=. */
export function retrieveRecord(ctx: SandboxContext, req: ApiRequest, [type, id]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const record = ctx.store.retrieve(def.name, id);
  return { status: 200, body: serializeRecord(ctx, req, def, record, fieldList(req.query.get('fields'))) };
}

/** PATCH /sobjects/T/{id} → 204. */
export function updateRecord(ctx: SandboxContext, req: ApiRequest, [type, id]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const { Id: _id, ...fields } = writableFields(jsonBody(req));
  ctx.store.update(def.name, id, fields, { userId: req.session?.userId });
  return { status: 204 };
}

/** DELETE /sobjects/T/{id} → 204. */
export function deleteRecord(ctx: SandboxContext, _req: ApiRequest, [type, id]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  ctx.store.delete(def.name, id);
  return { status: 204 };
}

function findByExternalId(ctx: SandboxContext, type: string, fieldName: string, value: string) {
  const def = objectFromPath(ctx, type);
  const field = ctx.store.schema.findField(def, fieldName);
  if (!field || (!field.externalId && field.name !== 'Id')) {
    throw new SalesforceError('NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${fieldName}`, [], 404);
  }
  const matches = ctx.store.records(def.name).filter((r) => String(r[field.name] ?? '').toLowerCase() === value.toLowerCase());
  return { def, matches };
}

/** GET /sobjects/T/{ExternalIdField}/{value}. */
export function retrieveByExternalId(ctx: SandboxContext, req: ApiRequest, [type, field, value]: string[]): ApiReply {
  const { def, matches } = findByExternalId(ctx, type, field, value);
  if (matches.length === 0) throw new SalesforceError('NOT_FOUND', 'The requested resource does not exist', [], 404);
  if (matches.length > 1) return { status: 300, body: matches.map((r) => `${dataBase(req)}/sobjects/${def.name}/${r.Id}`) };
  return { status: 200, body: serializeRecord(ctx, req, def, matches[0], fieldList(req.query.get('fields'))) };
}

/** PATCH /sobjects/T/{ExternalIdField}/{value}: 201 when created, 200 (or 204 before v46) when updated. */
export function upsertRecord(ctx: SandboxContext, req: ApiRequest, [type, field, value]: string[]): ApiReply {
  const def = objectFromPath(ctx, type);
  const { record, created } = ctx.store.upsert(def.name, field, value, writableFields(jsonBody(req)), {
    userId: req.session?.userId,
  });
  if (created) return { status: 201, body: { id: record.Id, success: true, errors: [], created: true } };
  if (Number.parseFloat(req.version ?? '62.0') < UPSERT_BODY_SINCE) return { status: 204 };
  return { status: 200, body: { id: record.Id, success: true, errors: [], created: false } };
}

/** DELETE /sobjects/T/{ExternalIdField}/{value}. */
export function deleteByExternalId(ctx: SandboxContext, _req: ApiRequest, [type, field, value]: string[]): ApiReply {
  const { def, matches } = findByExternalId(ctx, type, field, value);
  if (matches.length === 0) throw new SalesforceError('NOT_FOUND', 'The requested resource does not exist', [], 404);
  if (matches.length > 1) throw new SalesforceError('MULTIPLE_CHOICES', 'Multiple records found', [], 300);
  ctx.store.delete(def.name, matches[0].Id);
  return { status: 204 };
}
