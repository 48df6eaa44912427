import { findChildCodes, normalizeChildCode } from './child-code';

describe('normalizeChildCode', () => {
  test.each([
    ['KE-0042', 'KE-0042'],
    ['ke0042', 'KE-0042'],
    ['KE 42', 'KE-0042'],
    ['ke42', 'KE-0042'],
    ['KE_0042', 'KE-0042'],
    ['KE-42', 'KE-0042'],
    [' ug.7 ', 'UG-0007'],
    ['KE-00042', 'KE-0042'],
    ['KE-1234', 'KE-1234'],
    ['KE-0000', null],
    ['KE-12345', null],
    ['K-0042', null],
    ['KEN-0042', null],
    ['0042', null],
    ['KE', null],
    ['', null],
  ])('%p → %p', (raw, expected) => {
    expect(normalizeChildCode(raw)).toBe(expected);
  });
});

describe('findChildCodes', () => {
  const KE = new Set(['KE']);
  test.each([
    ['IMG_KE0042', ['KE-0042']],
    ['ke 42 drawing', ['KE-0042']],
    ['DSC_0042', []],
    ['IMG_20240312_103000', []],
    ['KE 2024-03-12 visit', []],
    ['WhatsApp Image 2026-03-12 at 10.30.15', []],
    ['IMG-20260312-WA0001', []],
    ['UG-0042', ['UG-0042']],
    ['ug 42', []], // loose spellings only count for the partner's own prefixes
    ['KE-0042 and KE-0043', ['KE-0042', 'KE-0043']],
  ])('%p → %p', (text, expected) => {
    expect(findChildCodes(text, KE).map((h) => h.code)).toEqual(expected);
  });
});
