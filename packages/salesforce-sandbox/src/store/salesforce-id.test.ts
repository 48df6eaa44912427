import { isSalesforceId, makeId, normalizeId, to18 } from './salesforce-id';

describe('salesforce ids', () => {
  const known: [string, string][] = [
    // One bit per upper-case letter in each 5-character chunk.
    ['001000000000000', '001000000000000AAA'],
    ['0015000000Gv7qJ', '0015000000Gv7qJAAR'],
    ['a0X5g00000ABCDE', 'a0X5g00000ABCDEEA5'],
  ];

  it.each(known)('to18(%s) = %s', (id15, id18) => {
    expect(to18(id15)).toBe(id18);
    expect(normalizeId(id18)).toBe(id18);
    expect(normalizeId(id15)).toBe(id18);
  });

  it('makes 18-character ids with the key prefix that validate', () => {
    const id = makeId('a04', 12345);
    expect(id).toHaveLength(18);
    expect(id.startsWith('a048d')).toBe(true);
    expect(isSalesforceId(id)).toBe(true);
    expect(makeId('a04', 1)).not.toBe(makeId('a04', 2));
  });

  const shapes: [string, boolean][] = [
    ['001000000000000', true],
    ['001000000000000AAA', true],
    ['001000000000000AAB', false],
    ['00100000000000', false],
    ['001-00000000000', false],
  ];
  it.each(shapes)('isSalesforceId(%s) = %s', (id, expected) => {
    expect(isSalesforceId(id)).toBe(expected);
  });
});
