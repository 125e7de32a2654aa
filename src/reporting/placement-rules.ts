import { PlacementKind, TargetGroup } from '../clauses/clause.types';
import { FieldError } from '../common/errors/api-error';
import { EarlyEndReason } from './reporting.types';

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

/**
 * Cross-field rules of a placement, and what could never count toward the clause: another kind or
 * target group, an offer outside the contract, a start after it. `prefix` names the row in a bulk
 * upload (e.g. `rows.3.`).
 */
export function placementRuleErrors(p: PlacementDates, terms: ReportTerms, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: prefix + field, messages: [`${prefix + field} ${message}`] });
  if (!terms.kinds.includes(p.kind)) add('kind', `must be one of the clause's placement kinds: ${terms.kinds.join(', ')}`);
  if (p.targetGroup && !terms.targetGroups.includes(p.targetGroup)) {
    add('targetGroup', `must be one of the clause's target groups: ${terms.targetGroups.join(', ')}; a placement of another group never counts`);
  }
  if (p.offeredDate < terms.contractStart) add('offeredDate', `must not be before the contract start ${terms.contractStart}`);
  if (p.offeredDate > terms.contractEnd) add('offeredDate', `must not be after the contract end ${terms.contractEnd}`);
  if (p.startDate && p.startDate > terms.contractEnd) add('startDate', `must not be after the contract end ${terms.contractEnd}`);
  if (p.filled && !p.startDate) add('startDate', 'is required for a filled placement');
  if (p.filled && !p.endDate) add('endDate', 'is required for a filled placement');
  if (p.startDate && p.startDate < p.offeredDate) add('startDate', 'must not be before offeredDate');
  if (p.startDate && p.endDate && p.endDate < p.startDate) add('endDate', 'must not be before startDate');
  if (p.earlyEndDate) {
    if (!p.startDate || !p.endDate) add('earlyEndDate', 'needs startDate and endDate');
    else if (p.earlyEndDate < p.startDate || p.earlyEndDate >= p.endDate) add('earlyEndDate', 'must be on or after startDate and before endDate');
    if (!p.earlyEndReason) add('earlyEndReason', `is required with earlyEndDate: one of ${Object.values(EarlyEndReason).join(', ')}`);
  } else if (p.earlyEndReason) {
    add('earlyEndReason', 'is given only with earlyEndDate');
  }
  return errors;
}
