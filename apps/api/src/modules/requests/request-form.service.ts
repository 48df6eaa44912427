import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { userError, UserErrorCode } from '../../graphql/user-error';
import { scopedQuery } from '../../data/scoped-query';
import { isStaff } from '../../auth/viewer';
import { audit } from '../audit/audit.service';
import { RequestForm } from './request-form.entity';
import { validateFormDefinition } from './request-validation';
import type { SaveRequestFormInput } from './request.inputs';
import type { RequestFormPayload } from './request.types';

/** Forms the viewer may use (staff: every form, inactive ones when asked), by English name. */
export function listRequestForms(ctx: Context, includeInactive: boolean): Promise<RequestForm[]> {
  const qb = scopedQuery(ctx.db, ctx.viewer, 'RequestForm');
  if (!includeInactive || !isStaff(ctx.viewer)) qb.andWhere(`${qb.alias}.active`);
  return qb.orderBy(`${qb.alias}.name_en`, 'ASC').getMany();
}

export async function getRequestForm(ctx: Context, globalId: string): Promise<RequestForm | null> {
  const id = fromGlobalIdOfType(globalId, 'RequestForm');
  return id ? ctx.loaders.byId.RequestForm.load(id) : null;
}

/**
 * Staff create a form or change one. Requests already opened keep their answers and subject;
 * answers to a removed field still show, under its key.
 */
export async function saveRequestForm(ctx: Context, input: SaveRequestFormInput): Promise<RequestFormPayload> {
  const { fields, problems } = validateFormDefinition(input);
  if (problems.length) {
    return { form: null, userErrors: problems.map((p) => userError(p.code === 'REQUIRED' ? UserErrorCode.REQUIRED : UserErrorCode.INVALID, p.message, ['input', ...p.field.split('.')])) };
  }
  let form: RequestForm | null = null;
  if (input.id) {
    form = await getRequestForm(ctx, input.id);
    if (!form) return { form: null, userErrors: [userError(UserErrorCode.INVALID, 'No form with this ID.', ['input', 'id'])] };
  } else {
    form = ctx.db.create(RequestForm, { id: randomUUID() });
  }
  Object.assign(form, { nameEn: input.nameEn.trim(), nameFr: input.nameFr.trim(), audience: input.audience, active: input.active, responseDays: input.responseDays, fields });
  await ctx.db.transaction(async (em) => {
    await em.save(form);
    await audit(ctx, { action: input.id ? 'request_form.updated' : 'request_form.created', targetType: 'RequestForm', targetId: form.id, details: { name: form.nameEn, active: form.active } }, em);
  });
  return { form, userErrors: [] };
}
