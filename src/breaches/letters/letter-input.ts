import { Lang } from '../../clauses/text/labels';
import { ClauseType, DialogueParameters } from '../../clauses/clause.types';
import { todayInStockholm } from '../../common/calendar';
import { BreachOutcome } from '../breach.types';
import { BreachRow } from '../breaches.repository';
import { PenaltyCalculation, penaltyTermsOf, PenaltyTerms } from '../penalty';
import { remedyDaysOf } from '../../clauses/clause-rules';
import { obligationInShort } from './obligation';

/** Who writes to whom about which clause of which contract. */
export interface LetterParties {
  reference: string;
  procurementTitle: string;
  buyer: string;
  supplier: string;
  clauseNumber: number;
  clauseTitle: string;
  /** The organisation's logo for the first page; null for none. */
  letterhead: Buffer | null;
}

export interface RemedyLetterInput extends LetterParties {
  date: string;
  obligation: string[];
  missing: string;
  dueDate: string;
  remedyDays: number;
  penaltyTerms: PenaltyTerms | null;
  /** The clause's city contact, when it names one (dialogue clauses). */
  contact: string | null;
}

export interface DecisionLetterInput extends LetterParties {
  date: string;
  requestDate: string;
  dueDate: string;
  missing: string;
  recoveryPlans: number;
  outcome: BreachOutcome;
  motivation: string | null;
  calculation: PenaltyCalculation;
}

/** The buyer as the letters name it: the procurement's contracting unit (the one place to change it). */
export const buyerName = (row: Pick<BreachRow, 'contractingUnit'>): string => row.contractingUnit;

function parties(row: BreachRow, letterhead: Buffer | null): LetterParties {
  return {
    reference: row.contractReference, procurementTitle: row.procurementTitle, buyer: buyerName(row),
    supplier: `${row.supplierName} (${row.supplierOrgNumber})`, clauseNumber: Number(row.clauseNumber), clauseTitle: row.clauseTitle, letterhead,
  };
}

function cityContact(row: BreachRow): string | null {
  if (row.clauseType !== ClauseType.Dialogue) return null;
  const c = (row.parameters as DialogueParameters).cityContact;
  return [c.name, c.unit, c.email, c.phone].filter(Boolean).join(', ') || null;
}

export function remedyLetterInput(row: BreachRow, lang: Lang, letterhead: Buffer | null): RemedyLetterInput {
  return {
    ...parties(row, letterhead), date: todayInStockholm(new Date(row.requestedAt)),
    obligation: obligationInShort(row.clauseType, row.parameters, { startDate: row.contractStart, endDate: row.contractEnd }, lang),
    missing: row.missing, dueDate: row.dueDate, remedyDays: remedyDaysOf(row.parameters),
    penaltyTerms: penaltyTermsOf(row.clauseType, row.parameters), contact: cityContact(row),
  };
}

/** The decision letter's input; the row must carry its decision. */
export function decisionLetterInput(row: BreachRow, recoveryPlans: number, lang: Lang, letterhead: Buffer | null): DecisionLetterInput {
  const d = row.decision!;
  return {
    ...parties(row, letterhead), date: d.decidedOn, requestDate: todayInStockholm(new Date(row.requestedAt)), dueDate: row.dueDate,
    missing: row.missing, recoveryPlans, outcome: d.outcome, motivation: d.motivation, calculation: d.calculation[lang],
  };
}
