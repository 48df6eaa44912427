/**
 * Pure validation of request forms: a submission against its field definitions, and a form
 * definition written by staff. Every problem names its field and says why.
 */

export enum RequestFieldType {
  TEXT = 'TEXT',
  LONG_TEXT = 'LONG_TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  SELECT = 'SELECT',
  CHECKBOX = 'CHECKBOX',
  ATTACHMENT = 'ATTACHMENT',
}

/** One field of a request form, as stored in the form's `fields` (jsonb). */
export interface FieldDefinition {
  key: string;
  label: string;
  type: RequestFieldType;
  required: boolean;
  helpText: string | null;
  /** The choices of a SELECT field; empty otherwise. */
  options: string[];
}

/** A stored answer: text, number, boolean, or (ATTACHMENT) the attachment's uuid. */
export type AnswerValue = string | number | boolean;

export interface FieldProblem {
  /** The field's key (or the definition's index path for form definitions). */
  field: string;
  code: 'REQUIRED' | 'INVALID';
  message: string;
}

export const MAX_TEXT = 500;
export const MAX_LONG_TEXT = 5000;
export const MAX_FIELDS = 30;
export const MAX_OPTIONS = 50;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const isRealDate = (s: string): boolean => {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

/** Parses one raw answer (as typed in a form) for its field: the stored value, or why it is refused. */
function parseAnswer(def: FieldDefinition, raw: string): { value: AnswerValue } | { problem: string } {
  switch (def.type) {
    case RequestFieldType.TEXT:
      return raw.length > MAX_TEXT ? { problem: `Keep it under ${MAX_TEXT} characters.` } : { value: raw };
    case RequestFieldType.LONG_TEXT:
      return raw.length > MAX_LONG_TEXT ? { problem: `Keep it under ${MAX_LONG_TEXT} characters.` } : { value: raw };
    case RequestFieldType.NUMBER:
      return NUMBER.test(raw) && Number.isFinite(Number(raw)) ? { value: Number(raw) } : { problem: 'Enter a number, such as 12 or 3.5.' };
    case RequestFieldType.DATE:
      return isRealDate(raw) ? { value: raw } : { problem: 'Enter a date as YYYY-MM-DD.' };
    case RequestFieldType.SELECT:
      return def.options.includes(raw) ? { value: raw } : { problem: `Choose one of: ${def.options.join(', ')}.` };
    case RequestFieldType.CHECKBOX:
      return raw === 'true' || raw === 'false' ? { value: raw === 'true' } : { problem: 'Tick the box or leave it empty.' };
    case RequestFieldType.ATTACHMENT:
      return UUID.test(raw) ? { value: raw } : { problem: 'Upload the file again.' };
  }
}

/**
 * Checks a submission against the form's fields: unknown fields, missing required answers (an
 * unticked required checkbox counts as missing) and badly typed values. Returns the values to
 * store (empty optional answers are left out) and every problem, in the form's field order.
 */
export function validateAnswers(fields: readonly FieldDefinition[], answers: ReadonlyArray<{ key: string; value: string | null }>): { values: Record<string, AnswerValue>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const given = new Map<string, string | null>();
  for (const a of answers) {
    if (!fields.some((f) => f.key === a.key)) problems.push({ field: a.key, code: 'INVALID', message: 'This form has no such field.' });
    else if (given.has(a.key)) problems.push({ field: a.key, code: 'INVALID', message: 'Answer each field once.' });
    else given.set(a.key, a.value);
  }
  const values: Record<string, AnswerValue> = {};
  for (const def of fields) {
    const raw = given.get(def.key);
    const text = raw?.trim() ?? '';
    const empty = text === '' || (def.type === RequestFieldType.CHECKBOX && text === 'false');
    if (empty) {
      if (def.required) {
        const why = def.type === RequestFieldType.CHECKBOX ? 'Tick this box to continue.' : def.type === RequestFieldType.ATTACHMENT ? 'Attach a file.' : 'This field is required.';
        problems.push({ field: def.key, code: 'REQUIRED', message: `${def.label}: ${why}` });
      } else if (def.type === RequestFieldType.CHECKBOX && text === 'false') {
        values[def.key] = false;
      }
      continue;
    }
    const parsed = parseAnswer(def, text);
    if ('problem' in parsed) problems.push({ field: def.key, code: 'INVALID', message: `${def.label}: ${parsed.problem}` });
    else values[def.key] = parsed.value;
  }
  return { values, problems };
}

export interface FormDefinitionInput {
  nameEn: string;
  nameFr: string;
  responseDays: number;
  fields: ReadonlyArray<{ key: string; label: string; type: RequestFieldType; required: boolean; helpText?: string | null; options?: string[] | null }>;
}

/** Checks a form definition written by staff; `field` is a path like "fields.2.options". */
export function validateFormDefinition(input: FormDefinitionInput): { fields: FieldDefinition[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const bad = (field: string, message: string, code: FieldProblem['code'] = 'INVALID') => problems.push({ field, code, message });
  for (const name of ['nameEn', 'nameFr'] as const) {
    const v = input[name].trim();
    if (!v) bad(name, 'Give the form a name in this language.', 'REQUIRED');
    else if (v.length > 200) bad(name, 'Keep the name under 200 characters.');
  }
  if (!Number.isInteger(input.responseDays) || input.responseDays < 1 || input.responseDays > 90) bad('responseDays', 'Answer within 1 to 90 days.');
  if (input.fields.length === 0) bad('fields', 'Add at least one field.', 'REQUIRED');
  if (input.fields.length > MAX_FIELDS) bad('fields', `A form has at most ${MAX_FIELDS} fields.`);
  const seen = new Set<string>();
  const fields = input.fields.map((f, i): FieldDefinition => {
    const at = `fields.${i}`;
    const key = f.key.trim();
    if (!KEY.test(key)) bad(`${at}.key`, 'Use lowercase letters, digits and _ (starting with a letter, at most 40).');
    else if (seen.has(key)) bad(`${at}.key`, `Another field already uses the key "${key}".`);
    seen.add(key);
    const label = f.label.trim();
    if (!label) bad(`${at}.label`, 'Give the field a label.', 'REQUIRED');
    else if (label.length > 200) bad(`${at}.label`, 'Keep the label under 200 characters.');
    const helpText = f.helpText?.trim() || null;
    if (helpText && helpText.length > 500) bad(`${at}.helpText`, 'Keep the help text under 500 characters.');
    const options = (f.options ?? []).map((o) => o.trim()).filter(Boolean);
    if (f.type === RequestFieldType.SELECT) {
      if (options.length < 2) bad(`${at}.options`, 'A choice needs at least two options.', 'REQUIRED');
      else if (options.length > MAX_OPTIONS) bad(`${at}.options`, `At most ${MAX_OPTIONS} options.`);
      else if (new Set(options).size !== options.length) bad(`${at}.options`, 'Each option only once.');
      else if (options.some((o) => o.length > 200)) bad(`${at}.options`, 'Keep each option under 200 characters.');
    }
    return { key, label, type: f.type, required: f.required, helpText, options: f.type === RequestFieldType.SELECT ? options : [] };
  });
  return { fields, problems };
}
