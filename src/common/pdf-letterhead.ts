import { LETTERHEAD_BOX } from './letterhead';

/**
 * Draws an organisation's letterhead (a PNG or JPEG logo) at the top of the current page and moves
 * the text position below it; nothing when the organisation has none. The documents that carry it:
 * the tender annex, the breach letters and the annual report.
 */
export function drawLetterhead(doc: PDFKit.PDFDocument, letterhead: Buffer | null | undefined): void {
  if (!letterhead) return;
  const x = doc.page.margins.left;
  const y = doc.page.margins.top;
  doc.image(letterhead, x, y, { fit: [LETTERHEAD_BOX.width, LETTERHEAD_BOX.height] });
  doc.x = x;
  doc.y = y + LETTERHEAD_BOX.height + 16;
}
