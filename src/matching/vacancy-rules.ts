import { Role } from '../auth/role';
import { ClauseParameters, ClauseType, PlacementKind, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { FieldError } from '../common/errors/api-error';
import { fieldError } from '../common/errors/validation-errors';
import { VacancyStatus } from './matching.types';
import './matching.messages';

/** Who a new vacancy is for, as the request names it. */
export interface EmployerRequest {
  pactMemberId?: string;
  contractId?: string;
  clauseId?: string;
}

/**
 * Whose vacancy the request posts (400s naming the field): a supplier's user posts for its own
 * supplier and names no pact member; city staff post for the pact member they name, and only a
 * supplier's vacancy can be tied to a clause of its contract. A clause is named with its contract.
 */
export function employerErrors(role: Role, request: EmployerRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (role === Role.Supplier && request.pactMemberId) errors.push(fieldError('pactMemberId', 'VACANCY_EMPLOYER_ONLY_STAFF'));
  if (role !== Role.Supplier) {
    if (!request.pactMemberId) errors.push(fieldError('pactMemberId', 'VACANCY_EMPLOYER_REQUIRED'));
    if (request.contractId || request.clauseId) errors.push(fieldError(request.contractId ? 'contractId' : 'clauseId', 'VACANCY_CLAUSE_ONLY_SUPPLIERS'));
  } else if (!request.contractId !== !request.clauseId) {
    errors.push(fieldError(request.contractId ? 'clauseId' : 'contractId', 'VACANCY_CLAUSE_NEEDS_BOTH'));
  }
  return errors;
}

/** What a vacancy offers that a clause it is tied to must cover. */
export interface VacancyTerms {
  kind: PlacementKind;
  targetGroups: TargetGroup[];
}

/** The contract and clause a vacancy is tied to, as stored; clauseType null when the clause is not the contract's. */
export interface ClauseTie {
  supplierId: string;
  contractStart: string;
  contractEnd: string;
  clauseType: ClauseType | null;
  parameters: ClauseParameters | null;
  targetGroups: TargetGroup[] | null;
}

/**
 * Why a supplier's vacancy cannot count toward the clause (400s naming the field): the contract must
 * be awarded to this supplier and running today, the clause a placements clause of it, the kind one
 * of the clause's lines' kinds and every target group one of the clause's. Another supplier's
 * contract reads as no contract at all.
 */
export function clauseTieErrors(vacancy: VacancyTerms, tie: ClauseTie | undefined, supplierId: string, today: string): FieldError[] {
  if (!tie || tie.supplierId !== supplierId) return [fieldError('contractId', 'VACANCY_CONTRACT_NOT_SUPPLIERS')];
  if (today < tie.contractStart || today > tie.contractEnd) {
    return [fieldError('contractId', 'VACANCY_CONTRACT_NOT_RUNNING', { start: tie.contractStart, end: tie.contractEnd })];
  }
  if (tie.clauseType !== ClauseType.Placements || !tie.parameters || !tie.targetGroups) {
    return [fieldError('clauseId', 'VACANCY_CLAUSE_NOT_PLACEMENTS')];
  }
  const errors: FieldError[] = [];
  const kinds = (tie.parameters as PlacementsParameters).lines.map((line) => line.kind);
  if (!kinds.includes(vacancy.kind)) errors.push(fieldError('kind', 'VACANCY_KIND_NOT_IN_CLAUSE', { kinds: kinds.join(', ') }));
  const outside = vacancy.targetGroups.filter((group) => !tie.targetGroups!.includes(group));
  if (outside.length) errors.push(fieldError('targetGroups', 'VACANCY_GROUPS_NOT_IN_CLAUSE', { groups: tie.targetGroups.join(', ') }));
  return errors;
}

/** A vacancy's own dates: referrals close no later than the work starts, and not before today. */
export function vacancyDateErrors(v: { startDate: string; referralDeadline: string }, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (v.referralDeadline < today) errors.push(fieldError('referralDeadline', 'VACANCY_DEADLINE_PASSED'));
  if (v.referralDeadline > v.startDate) errors.push(fieldError('referralDeadline', 'VACANCY_DEADLINE_AFTER_START'));
  return errors;
}

/**
 * The status a vacancy takes once its hires are counted: FILLED when every position is hired, OPEN
 * again when a FILLED vacancy has positions left (more positions after a change); CLOSED stays.
 */
export function vacancyStatusFor(current: VacancyStatus, positions: number, hires: number): VacancyStatus {
  if (current === VacancyStatus.Closed) return current;
  return hires >= positions ? VacancyStatus.Filled : VacancyStatus.Open;
}

/** Why a referral cannot be made to the vacancy now (a 409), or null. */
export function referralRefusal(v: { status: VacancyStatus; referralDeadline: string }, today: string): { code: string; params?: Record<string, string> } | null {
  if (v.status !== VacancyStatus.Open) return { code: 'VACANCY_NOT_OPEN', params: { status: v.status } };
  if (today > v.referralDeadline) return { code: 'VACANCY_REFERRALS_CLOSED', params: { date: v.referralDeadline } };
  return null;
}
