import PDFDocument from 'pdfkit';
import { pdfFonts } from './pdf-fonts';

export interface PdfSetup {
  info: PDFKit.DocumentInfo;
  lang: string;
  margins: { top: number; bottom: number; left: number; right: number };
}

/**
 * An A4 document with the fonts 'body' and 'bold' registered, its pages buffered (for page numbers
 * written last), and the bytes collected into `done` once `doc.end()` is called.
 *
 * The default font is given to the document, or pdfkit would parse its Helvetica metrics for every
 * document, and is then taken out of the options: pdfkit keeps the document's options as those of
 * every page it adds, and sets a page's `font` option again on each new page — a bold label that
 * wrapped onto a new page came out in the regular font.
 */
export function createPdfDocument(setup: PdfSetup): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const { regular, bold } = pdfFonts();
  const options: PDFKit.PDFDocumentOptions = {
    size: 'A4',
    margins: setup.margins,
    bufferPages: true,
    info: setup.info,
    lang: setup.lang,
    font: regular as unknown as string,
  };
  const doc = new PDFDocument(options);
  delete options.font;
  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
