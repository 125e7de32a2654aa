import { createPdfDocument, writePageFooters } from '../../common/pdf-document';
import { drawLetterhead } from '../../common/pdf-letterhead';
import { Lang } from '../../clauses/text/labels';
import { LETTER_WORDS } from './letter-words';

export const MARGIN = 60;
const LABEL_WIDTH = 110;
type Doc = PDFKit.PDFDocument;

/** An A4 letter in the service's fonts, with the organisation's letterhead on its first page. */
export function openLetter(info: { title: string; author: string; lang: Lang }, letterhead: Buffer | null): { doc: Doc; done: Promise<Buffer> } {
  const { doc, done } = createPdfDocument({
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
    info: { Title: info.title, Author: info.author },
    lang: info.lang,
  });
  drawLetterhead(doc, letterhead);
  doc.font('bold').fontSize(16).text(info.title, MARGIN).moveDown(0.6);
  return { doc, done };
}

const width = (doc: Doc) => doc.page.width - 2 * MARGIN;
const roomLeft = (doc: Doc) => doc.page.height - doc.page.margins.bottom - doc.y;

/** Starts a new page unless `needed` points fit on this one. */
export function keepTogether(doc: Doc, needed: number): void {
  if (roomLeft(doc) < needed) doc.addPage();
}

/** A bold label beside its value, both kept on one page; the next line starts below the taller of the two. */
export function field(doc: Doc, label: string, value: string): void {
  const valueWidth = width(doc) - LABEL_WIDTH;
  doc.fontSize(10);
  const height = Math.max(
    doc.font('bold').heightOfString(`${label}:`, { width: LABEL_WIDTH - 8 }),
    doc.font('body').heightOfString(value, { width: valueWidth }),
  );
  keepTogether(doc, height + 4);
  const y = doc.y;
  doc.font('bold').text(`${label}:`, MARGIN, y, { width: LABEL_WIDTH - 8 });
  doc.font('body').text(value, MARGIN + LABEL_WIDTH, y, { width: valueWidth });
  doc.x = MARGIN;
  doc.y = y + height + 3;
}

/** A section heading kept with the start of its text. */
export function heading(doc: Doc, text: string): void {
  keepTogether(doc, 60);
  doc.moveDown(0.6).font('bold').fontSize(11).text(text, MARGIN, doc.y, { width: width(doc) }).moveDown(0.2);
  doc.font('body').fontSize(10);
}

export function paragraph(doc: Doc, text: string): void {
  doc.font('body').fontSize(10).text(text, MARGIN, doc.y, { width: width(doc) }).moveDown(0.3);
}

export function bullets(doc: Doc, items: string[]): void {
  doc.font('body').fontSize(10);
  for (const item of items) {
    keepTogether(doc, doc.heightOfString(item, { width: width(doc) - 14 }) + 2);
    const y = doc.y;
    doc.text('•', MARGIN + 2, y, { lineBreak: false });
    doc.text(item, MARGIN + 14, y, { width: width(doc) - 14 });
  }
  doc.x = MARGIN;
  doc.moveDown(0.3);
}

/** A table whose first column is text and the rest right-aligned figures; the heading row repeats on a new page. */
export function table(doc: Doc, headings: readonly string[], rows: string[][], boldLast = false): void {
  const firstWidth = width(doc) * 0.46;
  const rest = (width(doc) - firstWidth) / (headings.length - 1);
  const cellWidth = (i: number) => (i === 0 ? firstWidth - 6 : rest - 4);
  const line = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(9);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: cellWidth(i) }))) + 4;
    const y = doc.y;
    cells.forEach((cell, i) => {
      const x = i === 0 ? MARGIN : MARGIN + firstWidth + (i - 1) * rest;
      doc.text(cell, x, y, { width: cellWidth(i), align: i === 0 ? 'left' : 'right' });
    });
    doc.x = MARGIN;
    doc.y = y + height;
  };
  const head = () => {
    line(headings, 'bold');
    doc.moveTo(MARGIN, doc.y - 2).lineTo(MARGIN + width(doc), doc.y - 2).lineWidth(0.5).stroke();
  };
  keepTogether(doc, 40);
  head();
  rows.forEach((row, i) => {
    if (roomLeft(doc) < 20) {
      doc.addPage();
      head();
    }
    line(row, boldLast && i === rows.length - 1 ? 'bold' : 'body');
  });
  doc.moveDown(0.5);
}

/** Reference number and "page n of m" at the foot of every page; ends the document. */
export function finishLetter(doc: Doc, reference: string, lang: Lang): void {
  writePageFooters(doc, MARGIN, reference, LETTER_WORDS[lang].page);
  doc.end();
}
