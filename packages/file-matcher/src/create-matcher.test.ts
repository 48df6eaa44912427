import { createMatcher, matchFile } from './create-matcher';
import { formatLetterQr } from './letter-qr';
import type { ChildRef, MatchStatus } from './file-matcher.types';
import { CHILDREN } from './file-matcher.fixtures';

type Row = [fileName: string, folderPath: string | undefined, status: MatchStatus, childId: string | null, reason: string | RegExp];

const BY_CODE: Row[] = [
  ['KE-0042.jpg', undefined, 'MATCHED', 'amani-otieno', 'Child code "KE-0042" in the file name'],
  ['ke0042.jpg', undefined, 'MATCHED', 'amani-otieno', 'Child code "KE-0042" in the file name'],
  ['KE 42.jpg', undefined, 'MATCHED', 'amani-otieno', 'Child code "KE-0042" in the file name'],
  ['KE_0042_2.jpg', undefined, 'MATCHED', 'amani-otieno', /KE-0042/],
  ['KE-42.png', undefined, 'MATCHED', 'amani-otieno', /KE-0042/],
  ['ke-0042 (1).jpg', undefined, 'MATCHED', 'amani-otieno', /KE-0042/],
  ['IMG_KE0042.HEIC', undefined, 'MATCHED', 'amani-otieno', /KE-0042/],
  ['KE.0042.pdf', undefined, 'MATCHED', 'amani-otieno', /KE-0042/],
  ['Letter KE-0043 March.pdf', undefined, 'MATCHED', 'baraka-otieno', /KE-0043/],
  ['ke-200 school report.pdf', undefined, 'MATCHED', 'chloe-njeri', /KE-0200/],
  ['KE-1234.jpg', undefined, 'MATCHED', 'grace-wanjiru', /KE-1234/],
  ['photo1.jpg', 'KE-0042', 'MATCHED', 'amani-otieno', 'Child code "KE-0042" in the folder name'],
  ['KE-0042/photo1.jpg', undefined, 'MATCHED', 'amani-otieno', 'Child code "KE-0042" in the folder name'],
  ['IMG_1234.JPG', 'Uploads/2026/KE-0007', 'MATCHED', 'amani-kariuki', /folder name/],
  ['KE-0042_amani_otieno.jpg', undefined, 'MATCHED', 'amani-otieno', 'Child code "KE-0042" in the file name, which fits the name "Amani Otieno"'],
  // Same code in folder and file agrees.
  ['KE-0042 drawing.jpg', 'KE-0042', 'MATCHED', 'amani-otieno', /file name/],
  // Two Joseph Kamaus: only the code tells them apart.
  ['KE-0501 Joseph Kamau.jpg', undefined, 'MATCHED', 'joseph-kamau-2', /KE-0501/],
];

const CAMERA_AND_SCANNER_NAMES: Row[] = [
  ['DSC_0042.JPG', undefined, 'UNMATCHED', null, 'No child code, QR code or name found in "DSC_0042.JPG"'],
  ['IMG_1234.JPG', undefined, 'UNMATCHED', null, /No child code/],
  ['IMG_0042.jpg', undefined, 'UNMATCHED', null, /No child code/],
  ['IMG_20240312_103000.jpg', undefined, 'UNMATCHED', null, /No child code/],
  ['IMG-20260312-WA0001.jpg', undefined, 'UNMATCHED', null, /No child code/],
  ['WhatsApp Image 2026-03-12 at 10.30.15.jpeg', undefined, 'UNMATCHED', null, /No child code/],
  ['WhatsApp Image 2026-03-12 at 10.30.15 (1).jpeg', undefined, 'UNMATCHED', null, /No child code/],
  ['Scan_20260312_0001.pdf', undefined, 'UNMATCHED', null, /No child code/],
  ['scan0042.pdf', undefined, 'UNMATCHED', null, /No child code/],
  ['PXL_20260312_103000123.jpg', undefined, 'UNMATCHED', null, /No child code/],
  ['DCIM_0042.JPG', undefined, 'UNMATCHED', null, /No child code/],
  ['Screenshot 2026-03-12 at 10.30.15.png', undefined, 'UNMATCHED', null, /No child code/],
  ['P1000042.JPG', undefined, 'UNMATCHED', null, /No child code/],
  ['Document.pdf', undefined, 'UNMATCHED', null, /No child code/],
  // Another partner's child, or a code this partner does not have: never a match, never a name fallback.
  ['UG-0042.jpg', undefined, 'UNMATCHED', null, 'Child code "UG-0042" is not one of your children'],
  ['KE-0999.jpg', undefined, 'UNMATCHED', null, 'Child code "KE-0999" is not one of your children'],
  ['UG-0042_amani_otieno.jpg', undefined, 'UNMATCHED', null, 'Child code "UG-0042" is not one of your children'],
  ['photo.jpg', 'TZ-0042', 'UNMATCHED', null, /TZ-0042/],
];

const BY_NAME: Row[] = [
  ['amani_otieno.jpg', undefined, 'MATCHED', 'amani-otieno', 'Name "Amani Otieno" in the file name'],
  ['Otieno Amani 2.png', undefined, 'MATCHED', 'amani-otieno', 'Name "Amani Otieno" in the file name'],
  ['AMANI-OTIENO.JPG', undefined, 'MATCHED', 'amani-otieno', /Amani Otieno/],
  ['amani.otieno.letter.pdf', undefined, 'MATCHED', 'amani-otieno', /Amani Otieno/],
  ['AmaniOtieno.jpg', undefined, 'MATCHED', 'amani-otieno', /Amani Otieno/],
  ['amaniotieno.jpg', undefined, 'MATCHED', 'amani-otieno', /Amani Otieno/],
  ['Amanni-Otieno.jpg', undefined, 'MATCHED', 'amani-otieno', 'Name "Amani Otieno" in the file name (close spelling)'],
  ['Amani Oteino.jpg', undefined, 'MATCHED', 'amani-otieno', /close spelling/],
  // Exact "Imani" beats "Amani" (one edit away) by more than the margin.
  ['imani_otieno.jpg', undefined, 'MATCHED', 'imani-otieno', /Imani Otieno/],
  ['zoe_mwangi.jpg', undefined, 'MATCHED', 'zoe-mwangi', 'Name "Zoé Mwangi" in the file name'],
  ['ZOÉ MWANGI.JPG', undefined, 'MATCHED', 'zoe-mwangi', /Zoé Mwangi/],
  ['Zoe-Mwangi-dessin.jpg', undefined, 'MATCHED', 'zoe-mwangi', /Zoé Mwangi/],
  ['chloe njeri.heic', undefined, 'MATCHED', 'chloe-njeri', /Chloë Njeri/],
  ['Ali_Hassan.jpg', undefined, 'MATCHED', 'ali-hassan', /Ali Hassan/],
  ['marie-claire_nduwimana.jpg', undefined, 'MATCHED', 'marie-claire', /Marie-Claire Nduwimana/],
  ['Habimana Jean-Paul.png', undefined, 'MATCHED', 'jean-paul', /Jean Paul Habimana/],
  ['WhatsApp Image 2026-03-12 at 10.30.15 Grace Wanjiru.jpeg', undefined, 'MATCHED', 'grace-wanjiru', /Grace Wanjiru/],
  ['photo.jpg', '2026/Amani Otieno', 'MATCHED', 'amani-otieno', 'Name "Amani Otieno" in the folder name'],
  ['amani.jpg', 'Otieno family', 'MATCHED', 'amani-otieno', 'Name "Amani Otieno" in the file and folder names'],
];

const NEEDS_ATTENTION: Row[] = [
  ['amani.jpg', undefined, 'NEEDS_ATTENTION', null, 'First name "Amani" fits 2 children'],
  ['Amani drawing 2.jpg', undefined, 'NEEDS_ATTENTION', null, 'First name "Amani" fits 2 children'],
  ['otieno.jpg', undefined, 'NEEDS_ATTENTION', null, 'Last name "Otieno" fits 3 children'],
  // Decision: a unique first name alone is a suggestion, not a match.
  ['grace.pdf', undefined, 'NEEDS_ATTENTION', null, 'First name "Grace" in the file name; not certain enough to attach automatically'],
  ['Baraka.jpg', undefined, 'NEEDS_ATTENTION', null, /First name "Baraka"/],
  ['Joseph_Kamau.jpg', undefined, 'NEEDS_ATTENTION', null, 'The name fits more than one child (2 candidates)'],
  // Both names misspelt.
  ['Amanni Oteino.jpg', undefined, 'NEEDS_ATTENTION', null, /close spelling/],
  ['KE-0042 KE-0043.jpg', undefined, 'NEEDS_ATTENTION', null, 'Several child codes in the file name: KE-0042, KE-0043'],
  ['KE-0042.jpg', 'KE-0043', 'NEEDS_ATTENTION', null, 'The file name says "KE-0042" but the folder says "KE-0043"'],
  ['KE-0042_baraka_otieno.jpg', undefined, 'NEEDS_ATTENTION', null, 'Child code "KE-0042" (Amani Otieno) in the file name, but the name fits another child'],
];

const NO_FUZZY_FOR_SHORT_NAMES: Row[] = [
  // "Ali" has three letters: "Ally" is not read as a typo of it.
  ['Ally_Hassan.jpg', undefined, 'NEEDS_ATTENTION', null, /Last name "Hassan"/],
  // A lone misspelt first name is ignored ("Image" is one edit from "Imane").
  ['Amanni.jpg', undefined, 'UNMATCHED', null, /No child code/],
];

describe('createMatcher().match', () => {
  const matcher = createMatcher(CHILDREN);

  test.each([...BY_CODE, ...CAMERA_AND_SCANNER_NAMES, ...BY_NAME, ...NEEDS_ATTENTION, ...NO_FUZZY_FOR_SHORT_NAMES])(
    '%s (folder %s) → %s %s',
    (fileName, folderPath, status, childId, reason) => {
      const result = matcher.match({ fileName, folderPath });
      expect({ status: result.status, childId: result.childId }).toEqual({ status, childId });
      if (typeof reason === 'string') expect(result.reason).toBe(reason);
      else expect(result.reason).toMatch(reason);
      if (status === 'MATCHED') expect(result.confidence).toBeGreaterThanOrEqual(0.9);
      else expect(result.confidence).toBeLessThan(0.9);
    },
  );

  it('lists the children a first name fits as candidates', () => {
    const result = matcher.match({ fileName: 'amani.jpg' });
    expect(result.candidates.map((c) => c.childId)).toEqual(['amani-kariuki', 'amani-otieno']);
    expect(result.candidates.every((c) => c.confidence === 0.7)).toBe(true);
  });

  it('ranks the matched child first among its candidates', () => {
    const result = matcher.match({ fileName: 'amani_otieno.jpg' });
    expect(result.candidates[0]).toEqual({ childId: 'amani-otieno', confidence: 0.97, reason: 'Name "Amani Otieno" in the file name' });
  });

  describe('QR payload from a print pack', () => {
    it('takes precedence over the file name', () => {
      const result = matcher.match({ fileName: 'KE-0042.jpg', qrPayload: formatLetterQr('L-778', 'KE-0043') });
      expect(result).toEqual({
        status: 'MATCHED',
        childId: 'baraka-otieno',
        confidence: 1,
        reason: 'QR code from the print pack (letter "L-778", child KE-0043)',
        candidates: [{ childId: 'baraka-otieno', confidence: 1, reason: 'QR code from the print pack (letter "L-778", child KE-0043)' }],
      });
    });

    it('is unmatched when it names a child of another partner, whatever the file is called', () => {
      const result = matcher.match({ fileName: 'amani_otieno.jpg', qrPayload: 'PORTAL-LETTER:L-1:UG-0042' });
      expect(result.status).toBe('UNMATCHED');
      expect(result.reason).toBe('The QR code is for child code "UG-0042", who is not one of your children');
    });

    it.each([null, '', 'hello', 'https://example.org', 'PORTAL-LETTER:L-1', 'PORTAL-LETTER:L-1:not-a-code'])(
      'falls back to the file name when the payload is %p',
      (qrPayload) => {
        expect(matcher.match({ fileName: 'KE-0042.jpg', qrPayload }).childId).toBe('amani-otieno');
      },
    );
  });

  it('returns UNMATCHED for any file when the partner has no children', () => {
    expect(createMatcher([]).match({ fileName: 'KE-0042.jpg' }).status).toBe('UNMATCHED');
  });
});

describe('matchFile', () => {
  it('gives the same answer as a prepared matcher', () => {
    const input = { fileName: 'Otieno Amani 2.png' };
    expect(matchFile(input, CHILDREN)).toEqual(createMatcher(CHILDREN).match(input));
  });
});

describe('many files against many children', () => {
  // Not a timing test: it proves 500 × 500 matches stay correct; the per-file cost is one pass over
  // the children with set look-ups and a linear-time one-edit check.
  const FIRST = ['Amani', 'Baraka', 'Imani', 'Zawadi', 'Neema', 'Juma', 'Wanjiku', 'Kamau', 'Achieng', 'Mwende'];
  const LAST = ['Otieno', 'Mwangi', 'Kariuki', 'Ochieng', 'Njoroge', 'Mutua', 'Wafula', 'Kiprop', 'Chebet', 'Odhiambo'];
  const children: ChildRef[] = Array.from({ length: 500 }, (_, i) => ({
    id: `child-${i}`,
    code: `KE-${String(i + 1).padStart(4, '0')}`,
    firstName: `${FIRST[i % 10]}${i >= 100 ? ` ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}` : ''}`,
    lastName: LAST[Math.floor(i / 10) % 10],
  }));

  it('matches 500 files by code, in assorted spellings', () => {
    const matcher = createMatcher(children);
    const spellings = [(n: number) => `KE-${String(n).padStart(4, '0')}.jpg`, (n: number) => `ke${n}.jpg`, (n: number) => `IMG_KE ${n} (1).HEIC`];
    const results = children.map((c, i) => matcher.match({ fileName: spellings[i % 3](i + 1) }));
    expect(results.every((r, i) => r.status === 'MATCHED' && r.childId === `child-${i}`)).toBe(true);
  });

  it('matches the first 100 children by full name and never mixes them up', () => {
    const matcher = createMatcher(children);
    const results = children.slice(0, 100).map((c) => matcher.match({ fileName: `${c.lastName}_${c.firstName}.jpg` }));
    expect(results.map((r) => r.childId)).toEqual(children.slice(0, 100).map((c) => c.id));
  });
});
