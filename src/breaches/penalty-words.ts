import { PlacementKind } from '../clauses/clause.types';
import { formatNumber, LABELS, Lang } from '../clauses/text/labels';
import { PenaltyUnit } from './breach.types';

/** Kronor in the language: "20 000 kr", "SEK 20,000". */
export const kronor = (n: number, lang: Lang): string => (lang === 'sv' ? `${formatNumber(n, lang)} kr` : `SEK ${formatNumber(n, lang)}`);

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The words of a penalty calculation: its parts' labels and the arithmetic sentence. */
export const PENALTY_WORDS = {
  sv: {
    missing: {
      [PenaltyUnit.FullTimeMonth]: (one: boolean) => (one ? 'saknad heltidsmånad' : 'saknade heltidsmånader'),
      [PenaltyUnit.Meeting]: (one: boolean) => (one ? 'ej hållet dialogmöte' : 'ej hållna dialogmöten'),
      [PenaltyUnit.Milestone]: (one: boolean) => (one ? 'ej uppnått delmål' : 'ej uppnådda delmål'),
    },
    line: (i: number, kind: PlacementKind, deadline: string) => `Rad ${i + 1}: ${LABELS.sv.placementKinds[kind]}, start senast ${deadline}`,
    firstMeeting: (due: string) => `Första dialogmötet, senast ${due}`,
    followUp: (n: number) => `Uppföljningsmöte ${n}`,
    milestone: (title: string, due: string) => `Delmål ”${title}”, senast ${due}`,
    cap: (cap: string, already: string) => `tak ${cap}, redan beslutat ${already}`,
    penalty: (amount: string, capped: boolean) => `vite ${amount}${capped ? ' (begränsat av taket)' : ''}`,
    noTerms: (missing: string) =>
      `${capitalised(missing)}; klausulen anger inget vite, så efter rättelsetiden hanteras avtalsbrottet enligt avtalets allmänna villkor`,
  },
  en: {
    missing: {
      [PenaltyUnit.FullTimeMonth]: (one: boolean) => (one ? 'missing full-time month' : 'missing full-time months'),
      [PenaltyUnit.Meeting]: (one: boolean) => (one ? 'dialogue meeting not held' : 'dialogue meetings not held'),
      [PenaltyUnit.Milestone]: (one: boolean) => (one ? 'milestone not reached' : 'milestones not reached'),
    },
    line: (i: number, kind: PlacementKind, deadline: string) => `Line ${i + 1}: ${LABELS.en.placementKinds[kind]}, started by ${deadline}`,
    firstMeeting: (due: string) => `First dialogue meeting, by ${due}`,
    followUp: (n: number) => `Follow-up meeting ${n}`,
    milestone: (title: string, due: string) => `Milestone “${title}”, due ${due}`,
    cap: (cap: string, already: string) => `cap ${cap}, already decided ${already}`,
    penalty: (amount: string, capped: boolean) => `penalty ${amount}${capped ? ' (limited by the cap)' : ''}`,
    noTerms: (missing: string) =>
      `${capitalised(missing)}; the clause sets no penalty, so after the remedy period the breach is handled under the contract's general terms`,
  },
} as const;
