import PDFDocument from 'pdfkit';
import { pdfFonts } from '../../common/pdf-fonts';
import { clauseHeading, renderClauseBody } from './clause-text';
import { ClauseTextInput } from './clause-view';
import { Lang } from './labels';

/** The procurement and its clauses as they go out in the tender documents. */
export interface AnnexInput {
  referenceNumber: string;
  title: string;
  contractingUnit: string;
  /** The annex date: the publication date, or today for a draft. YYYY-MM-DD. */
  date: string;
  draft: boolean;
  clauses: ClauseTextInput[];
}

const WORDS = {
  sv: {
    annex: 'Bilaga: Sociala klausuler',
    reference: 'Diarienummer',
    unit: 'Upphandlande enhet',
    date: 'Datum',
    draft: 'UTKAST – inte publicerad',
    intro:
      'Staden ställer sysselsättningsfrämjande krav där det är lämpligt med hänsyn till upphandlingens art och omfattning, med särskilt fokus på nyanlända och andra prioriterade grupper. Följande klausuler är särskilda kontraktsvillkor i avtalet.',
    none: 'Upphandlingen innehåller inga sociala klausuler.',
    page: (n: number, of: number) => `Sida ${n} av ${of}`,
  },
  en: {
    annex: 'Annex: Social clauses',
    reference: 'Reference number',
    unit: 'Contracting unit',
    date: 'Date',
    draft: 'DRAFT – not published',
    intro:
      'The city sets employment-promoting requirements where suitable with regard to the nature and scope of the procurement, with a special focus on newly arrived immigrants and other priority groups. The following clauses are special contract conditions of the contract.',
    none: 'The procurement contains no social clauses.',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
} as const;

const MARGIN = 60;

/** Renders the tender annex: title block, each clause with its heading, page numbers and reference on every page. */
export function renderAnnexPdf(annex: AnnexInput, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const { regular, bold } = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `${w.annex} – ${annex.referenceNumber}`, Author: annex.contractingUnit, Subject: annex.title },
    lang,
    // Our own font from the start: the default Helvetica would be parsed from its AFM file per document.
    font: regular as unknown as string,
  });
  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(18).text(w.annex);
  doc.moveDown(0.3).fontSize(13).text(annex.title);
  doc.moveDown(0.5).font('body').fontSize(10);
  doc.text(`${w.reference}: ${annex.referenceNumber}`);
  doc.text(`${w.unit}: ${annex.contractingUnit}`);
  doc.text(`${w.date}: ${annex.date}`);
  if (annex.draft) doc.moveDown(0.3).font('bold').fillColor('#b00020').text(w.draft).fillColor('black').font('body');
  doc.moveDown().fontSize(10).text(w.intro, { align: 'left' });
  if (annex.clauses.length === 0) doc.moveDown().text(w.none);

  for (const clause of annex.clauses) {
    // Keep a heading together with the start of its clause rather than alone at the foot of a page.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
    else doc.moveDown(1.2);
    doc.font('bold').fontSize(13).text(clauseHeading(clause, lang), MARGIN);
    doc.moveDown(0.4).font('body').fontSize(10);
    for (const paragraph of renderClauseBody(clause, 'markdown', lang).trimEnd().split('\n\n')) {
      writeParagraph(doc, paragraph);
      doc.moveDown(0.5);
    }
  }

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without lifting it, pdfkit would start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    doc.font('body').fontSize(8).fillColor('#555555');
    doc.text(annex.referenceNumber, MARGIN, y, { lineBreak: false });
    const page = w.page(i + 1, count);
    doc.text(page, doc.page.width - MARGIN - doc.widthOfString(page), y, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** A Markdown paragraph, or a list whose "- " items get a hanging indent; **emphasis** is set in bold. */
function writeParagraph(doc: PDFKit.PDFDocument, paragraph: string): void {
  const width = doc.page.width - 2 * MARGIN;
  const lines = paragraph.split('\n');
  if (!lines.every((line) => line.startsWith('- '))) {
    writeRich(doc, lines.join(' '), MARGIN, width);
    return;
  }
  for (const line of lines) {
    const y = doc.y;
    doc.text('•', MARGIN + 6, y, { lineBreak: false });
    writeRich(doc, line.slice(2), MARGIN + 20, width - 20, y);
    doc.moveDown(0.2);
  }
}

/** The templates' own emphasis is the only unescaped `**`; inserted values arrive Markdown-escaped. */
function writeRich(doc: PDFKit.PDFDocument, markdown: string, x: number, width: number, y = doc.y): void {
  const parts = markdown.split(/\*\*(.*?)\*\*/).map((part) => part.replace(/\\(.)/g, '$1'));
  const segments = parts.map((text, i) => ({ text, bold: i % 2 === 1 })).filter((segment) => segment.text !== '');
  segments.forEach((segment, i) => {
    doc.font(segment.bold ? 'bold' : 'body');
    const continued = i < segments.length - 1;
    if (i === 0) doc.text(segment.text, x, y, { width, continued });
    else doc.text(segment.text, { continued });
  });
  doc.font('body');
}
