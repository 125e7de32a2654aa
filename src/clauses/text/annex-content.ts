import { Letterhead } from '../../common/letterhead';
import { clauseHeading, renderClauseBody } from './clause-text';
import { ClauseTextInput } from './clause-view';
import { Lang } from './labels';
import { BodyBlock, markdownBlocks } from './markdown-blocks';

/** The procurement and its clauses as they go out in the tender documents. */
export interface AnnexInput {
  referenceNumber: string;
  title: string;
  contractingUnit: string;
  /** The annex date: the publication date, or today for a draft. YYYY-MM-DD. */
  date: string;
  draft: boolean;
  clauses: ClauseTextInput[];
  /** The contracting unit's letterhead, printed at the top of the first page. */
  letterhead: Letterhead | null;
}

/** Everything the annex says, in order; the PDF and the Word renderers only lay it out. */
export interface AnnexContent {
  heading: string;
  title: string;
  /** "Diarienummer: …", "Upphandlande enhet: …", "Datum: …". */
  facts: string[];
  draftNotice: string | null;
  intro: string;
  clauses: { heading: string; body: BodyBlock[] }[];
  /** The footer of every page: the reference number, and "Sida 2 av 5" built from the words around the numbers. */
  footer: { reference: string; page: string; of: string };
  /** For the document's properties. */
  documentTitle: string;
}

const WORDS = {
  sv: {
    annex: 'Bilaga: Sociala klausuler',
    reference: 'Diarienummer',
    unit: 'Upphandlande enhet',
    date: 'Datum',
    draft: 'UTKAST – inte publicerad',
    intro:
      'Sysselsättningsfrämjande krav ställs där det är lämpligt med hänsyn till upphandlingens art och omfattning, med särskilt fokus på nyanlända och andra prioriterade grupper. Följande klausuler är särskilda kontraktsvillkor i avtalet.',
    none: 'Upphandlingen innehåller inga sociala klausuler.',
    page: 'Sida',
    of: 'av',
  },
  en: {
    annex: 'Annex: Social clauses',
    reference: 'Reference number',
    unit: 'Contracting unit',
    date: 'Date',
    draft: 'DRAFT – not published',
    intro:
      'Employment-promoting requirements are set where suitable with regard to the nature and scope of the procurement, with a special focus on newly arrived immigrants and other priority groups. The following clauses are special contract conditions of the contract.',
    none: 'The procurement contains no social clauses.',
    page: 'Page',
    of: 'of',
  },
} as const;

/** The annex's content in the language; a procurement without clauses says only that it has none. */
export function annexContent(annex: AnnexInput, lang: Lang): AnnexContent {
  const w = WORDS[lang];
  return {
    heading: w.annex,
    title: annex.title,
    facts: [`${w.reference}: ${annex.referenceNumber}`, `${w.unit}: ${annex.contractingUnit}`, `${w.date}: ${annex.date}`],
    draftNotice: annex.draft ? w.draft : null,
    intro: annex.clauses.length ? w.intro : w.none,
    clauses: annex.clauses.map((clause) => ({
      heading: clauseHeading(clause, lang),
      body: markdownBlocks(renderClauseBody(clause, 'markdown', lang)),
    })),
    footer: { reference: annex.referenceNumber, page: w.page, of: w.of },
    documentTitle: `${w.annex} – ${annex.referenceNumber}`,
  };
}

/** The footer's page label, e.g. "Sida 2 av 5". */
export const pageLabel = (footer: AnnexContent['footer'], page: number, pages: number): string => `${footer.page} ${page} ${footer.of} ${pages}`;
