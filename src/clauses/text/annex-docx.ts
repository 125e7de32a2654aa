import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ILevelsOptions,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { fitLetterhead, Letterhead, LETTERHEAD_BOX } from '../../common/letterhead';
import { annexContent, AnnexInput } from './annex-content';
import { Lang } from './labels';
import { BodyBlock, Run } from './markdown-blocks';

/** Word measures in twentieths of a point (twips) and font sizes in half points. */
const pt = (points: number) => Math.round(points * 20);
const half = (points: number) => points * 2;
/** The PDF annex's page: A4 with the same margins, so both break their pages alike. */
const PAGE = { width: 11906, height: 16838, margin: 60, bottomMargin: 80 };
const TEXT_WIDTH = PAGE.width - 2 * pt(PAGE.margin);
const FONT = 'Arial';
const LANGUAGE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const LIST_LEVELS = [0, 1, 2];

/**
 * The tender annex as a Word document with the same content as the PDF (annexContent): headings in
 * Word's heading styles, the clause texts' bold labels and real lists, the reference number and
 * "Sida X av Y" (Word's PAGE and NUMPAGES fields) in the footer of every page.
 */
export function renderAnnexDocx(annex: AnnexInput, lang: Lang): Promise<Buffer> {
  const content = annexContent(annex, lang);
  let orderedLists = 0;
  const body = content.clauses.flatMap((clause) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clause.heading)] }),
    ...clause.body.flatMap((block) => blockParagraphs(block, block.kind === 'list' && block.ordered ? ++orderedLists : 0)),
  ]);
  const document = new Document({
    creator: annex.contractingUnit,
    title: content.documentTitle,
    subject: annex.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: half(10), language: { value: LANGUAGE[lang] } }, paragraph: { spacing: { after: pt(6) } } },
        heading1: headingStyle(18),
        heading2: headingStyle(13),
        heading3: headingStyle(11),
      },
    },
    numbering: { config: [{ reference: 'bullets', levels: LIST_LEVELS.map(bulletLevel) }, { reference: 'numbers', levels: LIST_LEVELS.map(numberLevel) }] },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: pt(PAGE.margin), bottom: pt(PAGE.bottomMargin), left: pt(PAGE.margin), right: pt(PAGE.margin), footer: pt(PAGE.margin - 20) },
          },
        },
        footers: { default: footer(content.footer) },
        children: [
          ...(annex.letterhead ? [letterheadParagraph(annex.letterhead)] : []),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(content.heading)] }),
          new Paragraph({ children: [new TextRun({ text: content.title, bold: true, size: half(13) })], spacing: { after: pt(8) } }),
          ...content.facts.map((fact) => new Paragraph({ children: [new TextRun(fact)], spacing: { after: 0 } })),
          ...(content.draftNotice ? [new Paragraph({ children: [new TextRun({ text: content.draftNotice, bold: true, color: 'B00020' })], spacing: { before: pt(4) } })] : []),
          new Paragraph({ children: [new TextRun(content.intro)], spacing: { before: pt(10) } }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function headingStyle(size: number) {
  return {
    run: { font: FONT, size: half(size), bold: true, color: '000000' },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: pt(size + 4), after: pt(5) } },
  };
}

/** A paragraph, a heading within the clause, or one paragraph per list item; `list` numbers an ordered list anew. */
function blockParagraphs(block: BodyBlock, list: number): Paragraph[] {
  if (block.kind === 'paragraph') return [new Paragraph({ children: textRuns(block.runs) })];
  if (block.kind === 'subheading') return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: textRuns(block.runs) })];
  return block.items.map((item, i) => new Paragraph({
    children: textRuns(item.runs),
    numbering: block.ordered ? { reference: 'numbers', level: item.level, instance: list } : { reference: 'bullets', level: item.level },
    spacing: { after: i === block.items.length - 1 ? pt(6) : pt(2) },
  }));
}

const textRuns = (runs: Run[]): TextRun[] => runs.map((run) => new TextRun({ text: run.text, bold: run.bold }));

const listIndent = (level: number) => ({ paragraph: { indent: { left: pt(20 * (level + 1)), hanging: pt(16) } } });
const bulletLevel = (level: number): ILevelsOptions => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: listIndent(level) });
const numberLevel = (level: number): ILevelsOptions => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: listIndent(level) });

/** The reference number on the left and "Sida X av Y" on the right, in small grey type. */
function footer(words: { reference: string; page: string; of: string }): Footer {
  const small = { size: half(8), color: '555555' };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ ...small, text: words.reference }),
          new TextRun({ ...small, children: [new Tab(), `${words.page} `, PageNumber.CURRENT, ` ${words.of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** The letterhead in the PDF's box (points become pixels at Word's 96 per inch). */
function letterheadParagraph(letterhead: Letterhead): Paragraph {
  const toPixels = 96 / 72;
  const size = fitLetterhead(letterhead, { width: LETTERHEAD_BOX.width * toPixels, height: LETTERHEAD_BOX.height * toPixels });
  return new Paragraph({
    spacing: { after: pt(16) },
    children: [new ImageRun({ type: letterhead.mediaType === 'image/png' ? 'png' : 'jpg', data: letterhead.image, transformation: size })],
  });
}
