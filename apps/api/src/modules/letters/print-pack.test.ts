import { parseLetterQr } from '@portal/file-matcher';
import { renderPrintPack, type PrintPage } from './print-pack';

/** The text lines an uncompressed pdfkit PDF draws (standard fonts write WinAnsi bytes as hex). */
function drawnText(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)].map((m) =>
    [...m[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''),
  );
}
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
    const payloads = text.filter((line) => parseLetterQr(line));
    expect(payloads.map((p) => parseLetterQr(p))).toEqual([
      { letterId: page().letterId, childCode: 'KE-0001' },
      { letterId: page().letterId, childCode: 'UG-0002' },
    ]);
  });

  it('lets a long letter run over several pages', async () => {
    const long = Array.from({ length: 200 }, (_, i) => `Line ${i} of a long letter.`).join('\n');
    const pdf = await renderPrintPack([page({ body: long })]);
    expect(pageCount(pdf)).toBeGreaterThan(1);
  });
});
