import { createPdfDocument, writePageFooters } from '../../common/pdf-document';
import { drawLetterhead } from '../../common/pdf-letterhead';
import { annexContent, AnnexInput, pageLabel } from './annex-content';
import { Lang } from './labels';
import { BodyBlock, Run } from './markdown-blocks';

const MARGIN = 60;
const INDENT = 20;

/** Renders the tender annex: title block, each clause with its heading, page numbers and reference on every page. */
export function renderAnnexPdf(annex: AnnexInput, lang: Lang): Promise<Buffer> {
  const content = annexContent(annex, lang);
  const { doc, done } = createPdfDocument({
    info: { Title: content.documentTitle, Author: annex.contractingUnit, Subject: annex.title },
    lang,
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
  });

  drawLetterhead(doc, annex.letterhead?.image);
  doc.font('bold').fontSize(18).text(content.heading);
  doc.moveDown(0.3).fontSize(13).text(content.title);
  doc.moveDown(0.5).font('body').fontSize(10);
  for (const fact of content.facts) doc.text(fact);
  if (content.draftNotice) doc.moveDown(0.3).font('bold').fillColor('#b00020').text(content.draftNotice).fillColor('black').font('body');
  doc.moveDown().text(content.intro);

  for (const clause of content.clauses) {
    // Keep a heading together with the start of its clause rather than alone at the foot of a page.
    if (doc.y > doc.page.maxY() - 120) doc.addPage();
    else doc.moveDown(1.2);
    doc.font('bold').fontSize(13).text(clause.heading, MARGIN);
    doc.moveDown(0.4).font('body').fontSize(10);
    for (const block of clause.body) {
      writeBlock(doc, block);
      doc.moveDown(0.5);
    }
  }

  writePageFooters(doc, MARGIN, content.footer.reference, (page, of) => pageLabel(content.footer, page, of));
  doc.end();
  return done;
}

/** A paragraph, a heading within the clause, or a list whose items hang from their bullet or number. */
function writeBlock(doc: PDFKit.PDFDocument, block: BodyBlock): void {
  const width = doc.page.width - 2 * MARGIN;
  if (block.kind === 'paragraph') return writeRuns(doc, block.runs, MARGIN, width);
  if (block.kind === 'subheading') return writeRuns(doc, block.runs.map((run) => ({ ...run, bold: true })), MARGIN, width);
  const numbers: number[] = [];
  for (const item of block.items) {
    numbers.length = item.level + 1;
    numbers[item.level] = (numbers[item.level] ?? 0) + 1;
    const x = MARGIN + item.level * INDENT;
    // The marker is drawn beside the first line, so that line must fit on this page.
    if (doc.y + doc.currentLineHeight(true) > doc.page.maxY()) doc.addPage();
    const y = doc.y;
    doc.font('body').text(block.ordered ? `${numbers[item.level]}.` : '•', x + 4, y, { lineBreak: false });
    writeRuns(doc, item.runs, x + INDENT, width - item.level * INDENT - INDENT, y);
    doc.moveDown(0.2);
  }
}

/** Runs of regular and bold text as one wrapped paragraph. */
function writeRuns(doc: PDFKit.PDFDocument, runs: Run[], x: number, width: number, y = doc.y): void {
  runs.forEach((run, i) => {
    doc.font(run.bold ? 'bold' : 'body');
    const continued = i < runs.length - 1;
    if (i === 0) doc.text(run.text, x, y, { width, continued });
    else doc.text(run.text, { continued });
  });
  doc.font('body');
}
