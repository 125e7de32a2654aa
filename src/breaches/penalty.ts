import {
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementsParameters,
} from '../clauses/clause.types';
import { formatNumber, Lang } from '../clauses/text/labels';
import { clauseStatus, ClauseStatusInput, dialogueSchedule, milestoneCompletion } from '../reporting/clause-status';
import { countedReport } from '../reporting/placements-progress';
import { PenaltyUnit } from './breach.types';
import { kronor, PENALTY_WORDS } from './penalty-words';

/** A clause's penalty terms (vite) in one shape, whatever its type. */
export interface PenaltyTerms {
  unit: PenaltyUnit;
  sekPerUnit: number;
  capSek: number;
}

export interface PenaltyPart {
  label: string;
  due: number;
  delivered: number;
  missing: number;
}

/** What a PENALTY decision on a clause amounts to at `asOf`, with the arithmetic. */
export interface PenaltyCalculation {
  asOf: string;
  unit: PenaltyUnit;
  /** Units due by asOf: full-time months of the lines due, meetings due, milestones due. */
  due: number;
  /** Of those, delivered by asOf; per placements line at most what the line requires. */
  delivered: number;
  /** max(0, due − delivered), per line for placements; 2 decimals. */
  missing: number;
  sekPerUnit: number | null;
  grossSek: number;
  capSek: number | null;
  /** Earlier PENALTY decisions under the clause. */
  alreadyDecidedSek: number;
  /** min(grossSek, capSek − alreadyDecidedSek), never below 0, whole kronor. */
  amountSek: number;
  capped: boolean;
  parts: PenaltyPart[];
  arithmetic: string;
}

export interface PenaltyInput {
  /** The clause's facts as the status rule reads them, with `today` the decision date (asOf). */
  clause: ClauseStatusInput;
  alreadyDecidedSek: number;
  lang: Lang;
}

const UNITS: Record<ClauseType, PenaltyUnit> = {
  [ClauseType.Placements]: PenaltyUnit.FullTimeMonth,
  [ClauseType.Dialogue]: PenaltyUnit.Meeting,
  [ClauseType.IntegrationInitiative]: PenaltyUnit.Milestone,
};

/** The clause's penalty terms; null when it sets none (a breach then falls under the contract's general terms). */
export function penaltyTermsOf(type: ClauseType, params: ClauseParameters): PenaltyTerms | null {
  const unit = UNITS[type];
  switch (type) {
    case ClauseType.Placements: {
      const p = (params as PlacementsParameters).penalty;
      return p ? { unit, sekPerUnit: p.sekPerMissingFullTimeMonth, capSek: p.capSek } : null;
    }
    case ClauseType.Dialogue: {
      const p = (params as DialogueParameters).penalty;
      return p ? { unit, sekPerUnit: p.sekPerMissedMeeting, capSek: p.capSek } : null;
    }
    case ClauseType.IntegrationInitiative: {
      const p = (params as IntegrationInitiativeParameters).penalty;
      return p ? { unit, sekPerUnit: p.sekPerMissedMilestone, capSek: p.capSek } : null;
    }
  }
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const sum = (parts: PenaltyPart[], key: 'due' | 'delivered' | 'missing'): number => round2(parts.reduce((s, p) => s + p[key], 0));

/**
 * The penalty a decision on the clause would set at `clause.today`: the units missing by then, as the
 * clause-status rule judges the facts, × the clause's amount per unit, within what is left of its cap.
 */
export function calculatePenalty({ clause, alreadyDecidedSek, lang }: PenaltyInput): PenaltyCalculation {
  const terms = penaltyTermsOf(clause.type, clause.parameters);
  const parts = partsOf(clause, lang);
  const missing = sum(parts, 'missing');
  const unit = UNITS[clause.type];
  const base = { asOf: clause.today, unit, due: sum(parts, 'due'), delivered: round2(sum(parts, 'due') - missing), missing, alreadyDecidedSek, parts };
  const w = PENALTY_WORDS[lang];
  const missingText = `${formatNumber(missing, lang)} ${w.missing[unit](missing === 1)}`;
  if (!terms) {
    return { ...base, sekPerUnit: null, grossSek: 0, capSek: null, amountSek: 0, capped: false, arithmetic: w.noTerms(missingText) };
  }
  const grossSek = Math.round(missing * terms.sekPerUnit);
  const capLeft = Math.max(0, terms.capSek - alreadyDecidedSek);
  const amountSek = Math.min(grossSek, capLeft);
  const capped = grossSek > capLeft;
  const arithmetic = [
    `${missingText} × ${kronor(terms.sekPerUnit, lang)} = ${kronor(grossSek, lang)}`,
    w.cap(kronor(terms.capSek, lang), kronor(alreadyDecidedSek, lang)),
    w.penalty(kronor(amountSek, lang), capped),
  ].join('; ');
  return { ...base, sekPerUnit: terms.sekPerUnit, grossSek, capSek: terms.capSek, amountSek, capped, arithmetic };
}

function partsOf(clause: ClauseStatusInput, lang: Lang): PenaltyPart[] {
  switch (clause.type) {
    case ClauseType.Placements:
      return placementParts(clause, lang);
    case ClauseType.Dialogue:
      return meetingParts(clause, lang);
    case ClauseType.IntegrationInitiative:
      return milestoneParts(clause, lang);
  }
}

/** Per line whose start deadline has passed (every line once the contract has ended): required less delivered full-time months. */
function placementParts(clause: ClauseStatusInput, lang: Lang): PenaltyPart[] {
  const ended = clause.today > clause.contract.endDate;
  const lines = clauseStatus(clause).lines ?? [];
  return lines.flatMap((line, i) => {
    if (!ended && clause.today <= line.deadline) return [];
    const due = line.requiredFullTimeMonths;
    const delivered = round2(line.fullTimeMonths);
    return [{ label: PENALTY_WORDS[lang].line(i, line.kind, line.deadline), due, delivered, missing: round2(Math.max(0, due - delivered)) }];
  });
}

/** The first meeting once its deadline has passed, and the follow-up meetings the status rule expects by then, against those held. */
function meetingParts(clause: ClauseStatusInput, lang: Lang): PenaltyPart[] {
  const params = clause.parameters as DialogueParameters;
  const period = { contractStart: clause.contract.startDate, contractEnd: clause.contract.endDate, today: clause.today };
  const { firstDue, followUpsDue } = dialogueSchedule(params, period);
  const held = clauseStatus(clause).figures.meetings;
  const w = PENALTY_WORDS[lang];
  const labels = [
    ...(clause.today > firstDue ? [w.firstMeeting(firstDue)] : []),
    ...Array.from({ length: followUpsDue }, (_, i) => w.followUp(i + 1)),
  ];
  // Meetings count in the order they were held: the first held is the first meeting, and so on.
  return labels.map((label, i) => ({ label, due: 1, delivered: i < held ? 1 : 0, missing: i < held ? 0 : 1 }));
}

/** Milestones due by asOf that the status rule does not judge completed. */
function milestoneParts(clause: ClauseStatusInput, lang: Lang): PenaltyPart[] {
  const params = clause.parameters as IntegrationInitiativeParameters;
  const counted = (clause.progress ?? []).filter(countedReport);
  return params.milestones
    .filter((m) => m.dueDate <= clause.today)
    .map((m) => {
      const done = milestoneCompletion(m, counted) ? 1 : 0;
      return { label: PENALTY_WORDS[lang].milestone(m.title, m.dueDate), due: 1, delivered: done, missing: 1 - done };
    });
}
