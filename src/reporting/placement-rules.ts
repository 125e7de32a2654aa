import { ClauseParameters, PlacementKind, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { FieldError } from '../common/errors/api-error';
import { EarlyEndReason } from './reporting.types';
import { fieldError } from '../common/errors/validation-errors';
import type { Coded } from '../common/i18n';
import './report-errors.messages';

export interface PlacementDates {
  kind: PlacementKind;
  offeredDate: string;
  filled: boolean;
  startDate?: string | null;
  endDate?: string | null;
  earlyEndDate?: string | null;
  earlyEndReason?: EarlyEndReason | null;
  targetGroup?: TargetGroup;
}

/** What a report is checked against: the clause's kinds and target groups, and the contract's dates. */
export interface ReportTerms {
  kinds: PlacementKind[];
  targetGroups: TargetGroup[];
  contractStart: string;
  contractEnd: string;
}

/** What a placement on this clause of this contract is checked against. */
export const termsOf = (on: { parameters: ClauseParameters; targetGroups: TargetGroup[]; contractStart: string; contractEnd: string }): ReportTerms => ({
  kinds: (on.parameters as PlacementsParameters).lines.map((l) => l.kind),
  targetGroups: on.targetGroups, contractStart: on.contractStart, contractEnd: on.contractEnd,
});

/**
 * Cross-field rules of a placement, and what could never count toward the clause: another kind or
 * target group, an offer outside the contract, a start after it. `prefix` names the row in a bulk
 * upload (e.g. `rows.3.`).
 */
export function placementRuleErrors(p: PlacementDates, terms: ReportTerms, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, params?: Coded['params']) => errors.push(fieldError(prefix + field, code, params));
  if (!terms.kinds.includes(p.kind)) add('kind', 'PLACEMENT_KIND_NOT_IN_CLAUSE', { kinds: terms.kinds.join(', ') });
  if (p.targetGroup && !terms.targetGroups.includes(p.targetGroup)) {
    add('targetGroup', 'PLACEMENT_GROUP_NOT_IN_CLAUSE', { groups: terms.targetGroups.join(', ') });
  }
  if (p.offeredDate < terms.contractStart) add('offeredDate', 'PLACEMENT_BEFORE_CONTRACT_START', { date: terms.contractStart });
  if (p.offeredDate > terms.contractEnd) add('offeredDate', 'PLACEMENT_AFTER_CONTRACT_END', { date: terms.contractEnd });
  if (p.startDate && p.startDate > terms.contractEnd) add('startDate', 'PLACEMENT_AFTER_CONTRACT_END', { date: terms.contractEnd });
  if (p.filled && !p.startDate) add('startDate', 'PLACEMENT_REQUIRED_WHEN_FILLED');
  if (p.filled && !p.endDate) add('endDate', 'PLACEMENT_REQUIRED_WHEN_FILLED');
  if (p.startDate && p.startDate < p.offeredDate) add('startDate', 'PLACEMENT_NOT_BEFORE_FIELD', { other: 'offeredDate' });
  if (p.startDate && p.endDate && p.endDate < p.startDate) add('endDate', 'PLACEMENT_NOT_BEFORE_FIELD', { other: 'startDate' });
  if (p.earlyEndDate) {
    if (!p.startDate || !p.endDate) add('earlyEndDate', 'PLACEMENT_EARLY_END_NEEDS_DATES');
    else if (p.earlyEndDate < p.startDate || p.earlyEndDate >= p.endDate) add('earlyEndDate', 'PLACEMENT_EARLY_END_RANGE');
    if (!p.earlyEndReason) add('earlyEndReason', 'PLACEMENT_EARLY_END_REASON_REQUIRED', { allowed: Object.values(EarlyEndReason).join(', ') });
  } else if (p.earlyEndReason) {
    add('earlyEndReason', 'PLACEMENT_EARLY_END_REASON_ONLY_WITH_DATE');
  }
  return errors;
}

/** The facts of a placement hired through the city's referral that the city attested (the referral's). */
export const ATTESTED_FIELDS = ['targetGroup', 'gender', 'ageBand', 'establishmentProgramme'] as const;
type AttestedFacts = { [K in (typeof ATTESTED_FIELDS)[number]]: unknown };

/**
 * A correction may change what the supplier knows of the employment (dates, working time, an early
 * ending), never what the city attested through its referral: the attestation would then vouch for
 * facts nobody at the city saw. An error per attested field the correction would change.
 */
export function attestedFactErrors(stored: AttestedFacts & { targetGroupAttested: boolean }, correction: Partial<AttestedFacts>): FieldError[] {
  if (!stored.targetGroupAttested) return [];
  return ATTESTED_FIELDS.filter((field) => correction[field] !== undefined && correction[field] !== stored[field])
    .map((field) => fieldError(field, 'PLACEMENT_ATTESTED_BY_CITY'));
}
