import type { ObjectDef, SObjectRecord } from '../schema/schema-types';
import { SalesforceError } from '../salesforce-error';
import type { ApiRequest, SandboxContext } from './http-types';

/** /services/data/v62.0 for the request's version. */
export function dataBase(req: ApiRequest): string {
  return `/services/data/v${req.version ?? '62.0'}`;
}

export function recordUrl(req: ApiRequest, type: string, id: string): string {
  return `${dataBase(req)}/sobjects/${type}/${id}`;
}

/** A record as GET /sobjects/T/{id} returns it: attributes, then the fields (all, or those asked for). */
export function serializeRecord(
  ctx: SandboxContext,
  req: ApiRequest,
  def: ObjectDef,
  record: SObjectRecord,
  fields?: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: { type: def.name, url: recordUrl(req, def.name, record.Id) } };
  const names = fields ?? def.fields.map((f) => f.name);
  for (const name of names) {
    const field = ctx.store.schema.findField(def, name);
    if (!field) {
      throw new SalesforceError('INVALID_FIELD', `No such column '${name}' on entity '${def.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
    }
    out[field.name] = record[field.name] ?? null;
  }
  return out;
}

/** The comma-separated `fields` parameter, or undefined. */
export function fieldList(value: string | null | undefined): string[] | undefined {
  if (!value) return undefined;
  return value.split(',').map((f) => f.trim()).filter((f) => f);
}

/** The JSON body as an object; JSON_PARSER_ERROR when it is not JSON. */
export function jsonBody(req: ApiRequest): Record<string, unknown> {
  if (!req.body) return {};
  try {
    const value: unknown = JSON.parse(req.body);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the Salesforce-shaped error
  }
  throw new SalesforceError('JSON_PARSER_ERROR', 'The request body is either invalid or incomplete');
}

/** A write body without the keys jsforce or clients may leave in (attributes, type, Id). */
export function writableFields(body: Record<string, unknown>): Record<string, unknown> {
  const { attributes: _a, ...rest } = body;
  return rest;
}

/** The object named in a URL; NOT_FOUND (404) when unknown. */
export function objectFromPath(ctx: SandboxContext, name: string): ObjectDef {
  return ctx.store.schema.object(name, 404);
}
