import { parseLetterQr } from '@portal/file-matcher';
import { renderPrintPack, type PrintPage } from './print-pack';
import { drawnText, qrCodesIn } from './print-pack.fixtures';

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

const page = (over: Partial<PrintPage> = {}): PrintPage => ({
  letterId: 'TGV0dGVyOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ',
  childCode: 'KE-0001',
  childFirstName: 'Amani',
  sponsorFirstName: 'Anna',
  body: 'Dear Amani, how is school?',
  approvedAt: new Date('2026-03-01T10:00:00Z'),
  ...over,
});

describe('print pack', () => {
  it("heads each letter with the child's code and first name, the sponsor's first name and a readable QR payload", async () => {
    const pdf = await renderPrintPack([page(), page({ childCode: 'UG-0002', childFirstName: 'Okello', body: 'Hello Okello.' })], { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(2);
    expect(pdf.toString('latin1').match(/\/I\d+ Do/g)).toHaveLength(2); // one QR code drawn per letter
    const text = drawnText(pdf);
    expect(text).toEqual(expect.arrayContaining(['KE-0001  Amani', 'From Anna', 'Dear Amani, how is school?', 'UG-0002  Okello', 'Hello Okello.']));
    // The QR codes themselves decode to each letter.
    expect(qrCodesIn(pdf).map((p) => parseLetterQr(p))).toEqual([
      { letterId: page().letterId, childCode: 'KE-0001' },
      { letterId: page().letterId, childCode: 'UG-0002' },
    ]);
    const payloads = text.filter((line) => parseLetterQr(line));
    expect(payloads.map((p) => parseLetterQr(p))).toEqual([
      { letterId: page().letterId, childCode: 'KE-0001' },
      { letterId: page().letterId, childCode: 'UG-0002' },
    ]);
  });

  it('prints names and text beyond Latin-1 with an embedded Unicode font, and they extract back as written', async () => {
    const body = 'Cześć Ngũgĩ! Žaneta and Zoë send greetings from Łódź — Ελένη, Дмитрий.';
    const pdf = await renderPrintPack([page({ childFirstName: 'Ngũgĩ', sponsorFirstName: 'Łukasz', body })], { compress: false });
    const source = pdf.toString('latin1');
    expect(source).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/); // embedded (subset), not a built-in font
    expect(source).not.toMatch(/\/BaseFont \/Helvetica/);
    const text = drawnText(pdf);
    expect(text).toEqual(expect.arrayContaining(['KE-0001  Ngũgĩ', 'From Łukasz', body]));
  });

  it('lets a long letter run over several pages', async () => {
    const long = Array.from({ length: 200 }, (_, i) => `Line ${i} of a long letter.`).join('\n');
    const pdf = await renderPrintPack([page({ body: long })]);
    expect(pageCount(pdf)).toBeGreaterThan(1);
  });

  it('draws the chosen stationery on every page of the letter, and nothing for plain', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Line ${i}.`).join('\n');
    // Decorations are filled paths drawn with a transparency (ExtGState) before the text.
    const shapes = (pdf: Buffer) => pdf.toString('latin1').match(/^f$/gm)?.length ?? 0;
    const plain = await renderPrintPack([page({ body: long, stationeryKey: 'plain' })], { compress: false });
    const none = await renderPrintPack([page({ body: long })], { compress: false });
    const stars = await renderPrintPack([page({ body: long, stationeryKey: 'stars' })], { compress: false });
    const balloons = await renderPrintPack([page({ body: long, stationeryKey: 'balloons' })], { compress: false });
    expect(shapes(plain)).toBe(shapes(none));
    const pages = pageCount(stars);
    expect(pages).toBeGreaterThan(1);
    const starsPerPage = 2 * (Math.floor((595.28 - 56) / 36) + 1);
    expect(shapes(stars) - shapes(none)).toBe(starsPerPage * pages);
    expect(shapes(balloons) - shapes(none)).toBe(6 * pageCount(balloons));
    expect(drawnText(stars)).toEqual(expect.arrayContaining(['Line 0.', 'Line 119.']));
  });
});
