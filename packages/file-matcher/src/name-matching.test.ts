import { withinOneEdit } from './edit-distance';
import { locateFile } from './file-path';
import { foldName, nameWords } from './name-text';

describe('withinOneEdit', () => {
  test.each([
    ['amani', 'amani', true],
    ['amani', 'amanni', true], // insertion
    ['amani', 'amni', true], // deletion
    ['amani', 'imani', true], // substitution
    ['otieno', 'oteino', true], // neighbours swapped
    ['otieno', 'oitneo', false],
    ['amani', 'imanni', false],
    ['amani', 'amanikk', false],
    ['', 'a', true],
  ])('%p vs %p → %p', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('foldName and nameWords', () => {
  test.each([
    ['Zoé', 'zoe'],
    ['CHLOË', 'chloe'],
    ['Œdipe', 'oedipe'],
    ['Łukasz', 'lukasz'],
  ])('foldName(%p) → %p', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  test.each([
    ['AmaniOtieno_2', ['amani', 'otieno']],
    ['Marie-Claire', ['marie', 'claire']],
    ['IMG_KE0042', ['img', 'ke']],
    ['zoé.mwangi (1)', ['zoe', 'mwangi']],
  ])('nameWords(%p) → %p', (text, words) => {
    expect(nameWords(text)).toEqual(words);
  });
});

describe('locateFile', () => {
  test.each([
    ['photo1.jpg', undefined, { baseName: 'photo1', folders: [] }],
    ['KE-0042/photo1.jpg', undefined, { baseName: 'photo1', folders: ['KE-0042'] }],
    ['photo1.jpg', 'uploads/KE-0042/', { baseName: 'photo1', folders: ['KE-0042', 'uploads'] }],
    ['C:\\Scans\\letter.PDF', undefined, { baseName: 'letter', folders: ['Scans', 'C:'] }],
    ['ke-0042 (1).jpg', undefined, { baseName: 'ke-0042 (1)', folders: [] }],
    ['KE.0042', undefined, { baseName: 'KE.0042', folders: [] }],
  ])('%p in %p', (fileName, folderPath, expected) => {
    expect(locateFile(fileName, folderPath)).toEqual(expected);
  });
});
