import { RequestFieldType as T, validateAnswers, validateFormDefinition, type FieldDefinition } from './request-validation';

const field = (key: string, type: T, required = false, options: string[] = []): FieldDefinition => ({ key, label: key.toUpperCase(), type, required, helpText: null, options });
const FORM = [
  field('street', T.TEXT, true),
  field('details', T.LONG_TEXT),
  field('children', T.NUMBER),
  field('moved_on', T.DATE, true),
  field('country', T.SELECT, false, ['Kenya', 'Uganda']),
  field('consent', T.CHECKBOX, true),
  field('newsletter', T.CHECKBOX),
  field('proof', T.ATTACHMENT),
];
const OK = { street: '1 Main St', moved_on: '2026-02-28', consent: 'true' };
const answers = (o: Record<string, string | null>) => Object.entries(o).map(([key, value]) => ({ key, value }));

describe('validateAnswers', () => {
  it('stores typed values and leaves out empty optional answers', () => {
    const r = validateAnswers(FORM, answers({ ...OK, details: '  ', children: '2', country: 'Kenya', newsletter: 'false', proof: '0b6c2c64-8c8e-4a51-9c55-1f1a5b0c2d3e' }));
    expect(r.problems).toEqual([]);
    expect(r.values).toEqual({ street: '1 Main St', moved_on: '2026-02-28', consent: true, children: 2, country: 'Kenya', newsletter: false, proof: '0b6c2c64-8c8e-4a51-9c55-1f1a5b0c2d3e' });
  });

  it.each([
    ['missing required text', { ...OK, street: '' }, 'street', 'REQUIRED', 'STREET: This field is required.'],
    ['required text of spaces', { ...OK, street: '   ' }, 'street', 'REQUIRED', 'required'],
    ['unticked required checkbox', { ...OK, consent: 'false' }, 'consent', 'REQUIRED', 'Tick this box'],
    ['text too long', { ...OK, street: 'x'.repeat(501) }, 'street', 'INVALID', 'under 500'],
    ['long text too long', { ...OK, details: 'x'.repeat(5001) }, 'details', 'INVALID', 'under 5000'],
    ['not a number', { ...OK, children: 'two' }, 'children', 'INVALID', 'Enter a number'],
    ['number with unit', { ...OK, children: '2kg' }, 'children', 'INVALID', 'Enter a number'],
    ['impossible date', { ...OK, moved_on: '2026-02-30' }, 'moved_on', 'INVALID', 'YYYY-MM-DD'],
    ['date in another format', { ...OK, moved_on: '28/02/2026' }, 'moved_on', 'INVALID', 'YYYY-MM-DD'],
    ['option not offered', { ...OK, country: 'France' }, 'country', 'INVALID', 'Choose one of: Kenya, Uganda.'],
    ['checkbox not boolean', { ...OK, newsletter: 'yes' }, 'newsletter', 'INVALID', 'Tick the box'],
    ['attachment not an upload', { ...OK, proof: 'file.pdf' }, 'proof', 'INVALID', 'Upload the file again'],
    ['unknown field', { ...OK, shoe_size: '42' }, 'shoe_size', 'INVALID', 'no such field'],
  ])('%s', (_name, given, fieldKey, code, message) => {
    const r = validateAnswers(FORM, answers(given));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ field: fieldKey, code });
    expect(r.problems[0].message).toContain(message);
  });

  it('reports every problem at once, in field order, and refuses a field answered twice', () => {
    const r = validateAnswers(FORM, [...answers({ moved_on: 'soon', children: 'x' }), { key: 'children', value: '3' }]);
    expect(r.problems.map((p) => [p.field, p.code])).toEqual([
      ['children', 'INVALID'],
      ['street', 'REQUIRED'],
      ['children', 'INVALID'],
      ['moved_on', 'INVALID'],
      ['consent', 'REQUIRED'],
    ]);
    expect(r.problems[0].message).toBe('Answer each field once.');
  });
});

describe('validateFormDefinition', () => {
  const base = { nameEn: 'Change my address', nameFr: 'Changer mon adresse', responseDays: 5, fields: [{ key: 'street', label: 'Street', type: T.TEXT, required: true }] };

  it('normalizes a valid form', () => {
    const r = validateFormDefinition({ ...base, fields: [...base.fields, { key: 'kind', label: ' Kind ', type: T.SELECT, required: false, helpText: ' ', options: ['A', ' B ', ''] }] });
    expect(r.problems).toEqual([]);
    expect(r.fields[1]).toEqual({ key: 'kind', label: 'Kind', type: T.SELECT, required: false, helpText: null, options: ['A', 'B'] });
    expect(r.fields[0].options).toEqual([]);
  });

  it.each([
    ['no French name', { nameFr: ' ' }, 'nameFr'],
    ['no fields', { fields: [] }, 'fields'],
    ['response time out of range', { responseDays: 0 }, 'responseDays'],
    ['bad key', { fields: [{ key: 'Street Name', label: 'Street', type: T.TEXT, required: true }] }, 'fields.0.key'],
    ['duplicate key', { fields: [base.fields[0], { ...base.fields[0] }] }, 'fields.1.key'],
    ['empty label', { fields: [{ ...base.fields[0], label: '' }] }, 'fields.0.label'],
    ['select with one option', { fields: [{ key: 'k', label: 'K', type: T.SELECT, required: false, options: ['only'] }] }, 'fields.0.options'],
    ['select with a repeated option', { fields: [{ key: 'k', label: 'K', type: T.SELECT, required: false, options: ['a', 'a'] }] }, 'fields.0.options'],
  ])('%s', (_name, patch, fieldPath) => {
    const r = validateFormDefinition({ ...base, ...patch });
    expect(r.problems.map((p) => p.field)).toEqual([fieldPath]);
  });
});
