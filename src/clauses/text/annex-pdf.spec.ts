import { pdfBoldTexts, pdfPageSizes, pdfText } from '../../../test/support/documents';
import { ClauseType, TargetGroup } from '../clause.types';
import { annexContent, AnnexInput } from './annex-content';
import { renderAnnexPdf } from './annex-pdf';
import { ClauseTextInput } from './clause-view';

const dialogue = (number: number): ClauseTextInput => ({
  number,
  type: ClauseType.Dialogue,
  version: 1,
  title: 'Krav på dialog om sysselsättning',
  targetGroups: [TargetGroup.LongTermUnemployed],
  parameters: { firstMeetingWithinWeeks: 8, followUpMeetings: 2, cityContact: { unit: 'Jobbtorg Stockholm', email: 'jobbtorg@stockholm.se' } },
  reportingIntervalMonths: 6,
  buyerName: 'Stockholms stad',
  supportContact: { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', phone: '08-508 00 508' },
});

const annex = (overrides: Partial<AnnexInput> = {}): AnnexInput => ({
  referenceNumber: 'AMN 2026-0178',
  title: 'Lokalvård',
  contractingUnit: 'Arbetsmarknadsnämnden',
  date: '2026-11-29',
  draft: false,
  clauses: [dialogue(1), dialogue(2), dialogue(3)],
  letterhead: null,
  ...overrides,
});

/** The bold stretches of the clause texts, in order, as the annex content holds them. */
const boldLabels = (input: AnnexInput) =>
  annexContent(input, 'sv').clauses.flatMap((clause) =>
    clause.body.flatMap((block) => (block.kind === 'list' ? block.items.flatMap((item) => item.runs) : block.runs)).filter((run) => run.bold).map((run) => run.text.trim()));

describe('renderAnnexPdf', () => {
  it('sets every bold label in bold, on A4 pages, wherever the page breaks fall', async () => {
    // A longer title moves everything after it down by a line at a time, so across these annexes
    // each label in turn starts a paragraph at the foot of a page or the top of the next, and each
    // clause heading in turn is moved to the next page to stay with its text.
    for (let lines = 0; lines < 24; lines++) {
      const input = annex({ title: `Lokalvård ${'och fönsterputs '.repeat(lines * 4)}`.trim() });
      const expected = boldLabels(input);
      const pdf = await renderAnnexPdf(input, 'sv');
      const bold = pdfBoldTexts(pdf).map((text) => text.trim()).filter((text) => expected.includes(text));
      const sizes = new Set(pdfPageSizes(pdf));
      expect({ lines, bold, sizes }).toEqual({ lines, bold: expected, sizes: new Set(['595.28 x 841.89']) });
    }
  }, 60_000);

  it('says only that there are no clauses when there are none', async () => {
    const text = pdfText(await renderAnnexPdf(annex({ clauses: [] }), 'sv')).replace(/\s+/g, ' ');
    expect(text.match(/Upphandlingen innehåller inga sociala klausuler\./g)).toHaveLength(1);
    expect(text).not.toContain('Följande klausuler');
    const english = pdfText(await renderAnnexPdf(annex({ clauses: [] }), 'en')).replace(/\s+/g, ' ');
    expect(english).toContain('The procurement contains no social clauses.');
    expect(english).not.toContain('The following clauses');
  });
});
