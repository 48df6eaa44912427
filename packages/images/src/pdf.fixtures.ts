import { PDFDocument, PDFName, PDFString, rgb, StandardFonts } from 'pdf-lib';
import { readFixture } from './image.fixtures';

/**
 * A three-page letter as a scanner app writes it: document info and XMP naming the child and place,
 * page 1 with a red block in its top-left quarter and a phone photo (EXIF with GPS) embedded as is.
 */
export async function letterPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle('Letter from Amani Wanjiru, Kibera');
  doc.setAuthor('Field officer Grace');
  doc.setKeywords(['KE-0042', 'Nairobi']);
  const xmp = doc.context.stream('<x:xmpmeta><rdf:RDF><rdf:Description exif:GPSLatitude="1,17.5S"/></rdf:RDF></x:xmpmeta>', {
    Type: 'Metadata', Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hi")') }));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const photo = await doc.embedJpg(readFixture('gps-DSCN0010.jpg'));
  for (let n = 1; n <= 3; n++) {
    const page = doc.addPage([595, 842]); // A4 portrait, in points
    page.drawText(`Dear sponsor, this is page ${n}.`, { x: 320, y: 760, size: 18, font });
    if (n === 1) {
      page.drawRectangle({ x: 0, y: 421, width: 297, height: 421, color: rgb(1, 0, 0) });
      page.drawImage(photo, { x: 320, y: 80, width: 240, height: 180 });
    }
  }
  return Buffer.from(await doc.save());
}

/** What a test checks of a stored PDF: its pages, and whether any document info survived. */
export async function pdfFacts(bytes: Uint8Array): Promise<{ pageCount: number; title: string | undefined; hasInfo: boolean }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  // Read before getTitle(), which adds an empty info dictionary when there is none.
  const hasInfo = doc.context.trailerInfo.Info !== undefined;
  return { pageCount: doc.getPageCount(), title: doc.getTitle(), hasInfo };
}
