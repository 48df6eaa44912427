import { formatLetterQr, parseLetterQr } from './letter-qr';

describe('parseLetterQr', () => {
  test.each([
    ['PORTAL-LETTER:L-778:KE-0042', { letterId: 'L-778', childCode: 'KE-0042' }],
    ['  PORTAL-LETTER:abc_123:ke42\n', { letterId: 'abc_123', childCode: 'KE-0042' }],
    ['PORTAL-LETTER:L-778', null],
    ['PORTAL-LETTER::KE-0042', null],
    ['PORTAL-LETTER:L 778:KE-0042', null],
    ['PORTAL-LETTER:L-778:KE-0042:extra', null],
    ['portal-letter:L-778:KE-0042', null],
    ['PORTAL-LETTER:L-778:banana', null],
    ['https://example.org', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%p → %p', (payload, expected) => {
    expect(parseLetterQr(payload)).toEqual(expected);
  });
});

describe('formatLetterQr', () => {
  it('writes a payload that parses back, with the code made canonical', () => {
    const payload = formatLetterQr('L-778', 'ke42');
    expect(payload).toBe('PORTAL-LETTER:L-778:KE-0042');
    expect(parseLetterQr(payload)).toEqual({ letterId: 'L-778', childCode: 'KE-0042' });
  });

  test.each([
    ['L:778', 'KE-0042'],
    ['', 'KE-0042'],
    ['L-778', 'not a code'],
  ])('refuses letter id %p with child code %p', (letterId, childCode) => {
    expect(() => formatLetterQr(letterId, childCode)).toThrow(/Invalid/);
  });
});
