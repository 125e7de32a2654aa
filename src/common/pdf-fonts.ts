import { readFileSync } from 'fs';
import { dirname, join } from 'path';

export interface PdfFonts {
  regular: PDFKit.Mixins.PDFFontSource;
  bold: PDFKit.Mixins.PDFFontSource;
}

// DejaVu Sans has å, ä, ö and the rest of Swedish. Parsing the TTF is most of a render's cost, so the
// parsed fonts (pdfkit's own fontkit) are kept and shared; each document still embeds its own subset.
// Like pdfkit, fontkit is loaded at the first PDF, not at start.
const FONT_DIR = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
let fonts: PdfFonts | undefined;

/** The PDF fonts of every document the service renders (tender annex, annual report). */
export function pdfFonts(): PdfFonts {
  if (fonts) return fonts;
  const fontkit = require(require.resolve('fontkit', { paths: [dirname(require.resolve('pdfkit'))] })) as { create(data: Uint8Array): unknown };
  return (fonts = {
    regular: fontkit.create(readFileSync(join(FONT_DIR, 'DejaVuSans.ttf'))) as PDFKit.Mixins.PDFFontSource,
    bold: fontkit.create(readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf'))) as PDFKit.Mixins.PDFFontSource,
  });
}
