import { SupportContact } from '../../contracting-units/support-contact';
import { UnitDocumentFacts } from '../../contracting-units/contracting-units.service';
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
  /** Whom to ask: the dialogue clause's city contact, or the contracting unit's support contact. */
  contact: string;
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

/** The buyer as the letters name it: the procurement's buyer and, when it says more, its contracting unit. */
export const buyerName = (row: Pick<BreachRow, 'buyerName' | 'contractingUnit'>): string =>
  row.buyerName === row.contractingUnit ? row.buyerName : `${row.buyerName}, ${row.contractingUnit}`;

function parties(row: BreachRow, letterhead: Buffer | null): LetterParties {
  return {
    reference: row.contractReference, procurementTitle: row.procurementTitle, buyer: buyerName(row),
    supplier: `${row.supplierName} (${row.supplierOrgNumber})`, clauseNumber: Number(row.clauseNumber), clauseTitle: row.clauseTitle, letterhead,
  };
}

/** Whom the supplier asks: the dialogue's own city contact, or the contracting unit's support contact. */
function contactFor(row: BreachRow, supportContact: SupportContact): string {
  const c = row.clauseType === ClauseType.Dialogue ? (row.parameters as DialogueParameters).cityContact : supportContact;
  return [c.name, c.unit, c.email, c.phone].filter(Boolean).join(', ');
}

export function remedyLetterInput(row: BreachRow, lang: Lang, unit: UnitDocumentFacts): RemedyLetterInput {
  return {
    ...parties(row, unit.letterhead?.image ?? null), date: todayInStockholm(new Date(row.requestedAt)),
    obligation: obligationInShort(row.clauseType, row.parameters, { startDate: row.contractStart, endDate: row.contractEnd }, lang),
    missing: row.missing, dueDate: row.dueDate, remedyDays: remedyDaysOf(row.parameters),
    penaltyTerms: penaltyTermsOf(row.clauseType, row.parameters), contact: contactFor(row, unit.supportContact),
  };
}

/** The decision letter's input; the row must carry its decision. */
export function decisionLetterInput(row: BreachRow, recoveryPlans: number, lang: Lang, unit: UnitDocumentFacts): DecisionLetterInput {
  const d = row.decision!;
  return {
    ...parties(row, unit.letterhead?.image ?? null), date: d.decidedOn, requestDate: todayInStockholm(new Date(row.requestedAt)), dueDate: row.dueDate,
    missing: row.missing, recoveryPlans, outcome: d.outcome, motivation: d.motivation, calculation: d.calculation[lang],
  };
}
