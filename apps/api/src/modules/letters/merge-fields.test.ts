import { fillMergeFields } from './merge-fields';

describe('fillMergeFields', () => {
  const values = { childFirstName: 'Amani', sponsorFirstName: 'Anna' };

  it.each([
    ['Dear {{childFirstName}},', 'Dear Amani,'],
    ['Dear {{ childFirstName }}, love {{sponsorFirstName}}', 'Dear Amani, love Anna'],
    ['{{childFirstName}} and {{childFirstName}}', 'Amani and Amani'],
    ['No fields at all.', 'No fields at all.'],
    ['Braces { alone } stay', 'Braces { alone } stay'],
  ])('%s → %s', (template, text) => {
    expect(fillMergeFields(template, values)).toEqual({ text, unknown: [] });
  });

  it('leaves unknown fields in place and names them once', () => {
    expect(fillMergeFields('Hi {{childName}} {{childName}} {{age}}', values)).toEqual({
      text: 'Hi {{childName}} {{childName}} {{age}}',
      unknown: ['childName', 'age'],
    });
  });

  it('does not interpret replacement patterns in values', () => {
    expect(fillMergeFields('Dear {{childFirstName}}', { ...values, childFirstName: '$& $1' }).text).toBe('Dear $& $1');
  });
});
