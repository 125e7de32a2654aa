import { pdfFonts } from './pdf-fonts';

type PdfKit = typeof import('pdfkit');
let pdfKit: PdfKit | undefined;

/**
 * pdfkit (with fontkit and its tables) is loaded at the first PDF, not at start: ~10 MB resident
 * that most instances' requests never use (tender annexes, letters and the annual report do).
 */
function loadPdfKit(): PdfKit {
  return (pdfKit ??= require('pdfkit') as PdfKit);
}

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
  const PDFDocument = loadPdfKit();
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

/**
 * The foot of every page: `left` (a reference number, or nothing) and the page label ("Sida 2 av 5")
 * on the right, `margin` points above the page's bottom edge. Written once all pages exist, so the
 * count is known.
 */
export function writePageFooters(doc: PDFKit.PDFDocument, margin: number, left: string, pageLabel: (page: number, of: number) => string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without lifting it, pdfkit would start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin;
    doc.font('body').fontSize(8).fillColor('#555555');
    if (left) doc.text(left, margin, y, { lineBreak: false });
    const page = pageLabel(i + 1, count);
    doc.text(page, doc.page.width - margin - doc.widthOfString(page), y, { lineBreak: false });
  }
  doc.fillColor('black');
}
