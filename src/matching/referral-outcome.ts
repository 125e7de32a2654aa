import { addDays } from '../common/calendar';
import { FieldError } from '../common/errors/api-error';
import { fieldError } from '../common/errors/validation-errors';
import type { Coded } from '../common/i18n';
import { NotHiredReason, OUTCOME_ORDER, ReferralOutcome } from './matching.types';
import './matching.messages';

/** The outcomes after which nothing more is recorded. */
export const FINAL_OUTCOMES: readonly ReferralOutcome[] = [ReferralOutcome.Hired, ReferralOutcome.NotHired];

/** An outcome the employer records: the step, the day it happened, and what the step needs. */
export interface OutcomeStep {
  outcome: ReferralOutcome;
  date: string;
  startDate?: string;
  endDate?: string | null;
  workingTimePercent?: number;
  reason?: NotHiredReason;
}

/**
 * Why the referral cannot take the step (a 409), or null. The steps run forward only, skipping
 * allowed (a candidate may be hired without a recorded interview); NOT_HIRED may end any step
 * before HIRED; HIRED and NOT_HIRED are final.
 */
export function outcomeStepRefusal(current: ReferralOutcome, next: ReferralOutcome): Coded | null {
  if (FINAL_OUTCOMES.includes(current)) return { code: 'REFERRAL_OUTCOME_FINAL', params: { outcome: current } };
  if (next === ReferralOutcome.NotHired) return null;
  if (OUTCOME_ORDER.indexOf(next) <= OUTCOME_ORDER.indexOf(current)) return { code: 'REFERRAL_OUTCOME_NOT_FORWARD', params: { outcome: current } };
  return null;
}

/** The step's fields checked against each other, the referral and today (400s naming the field). */
export function outcomeFieldErrors(step: OutcomeStep, referredOn: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (step.date > today) errors.push(fieldError('date', 'REFERRAL_OUTCOME_DATE_IN_FUTURE'));
  if (step.date < referredOn) errors.push(fieldError('date', 'REFERRAL_OUTCOME_BEFORE_REFERRAL', { date: referredOn }));
  const hired = step.outcome === ReferralOutcome.Hired;
  if (hired && !step.startDate) errors.push(fieldError('startDate', 'REFERRAL_OUTCOME_REQUIRED_FOR', { outcome: step.outcome }));
  if (hired && step.workingTimePercent === undefined) errors.push(fieldError('workingTimePercent', 'REFERRAL_OUTCOME_REQUIRED_FOR', { outcome: step.outcome }));
  if (step.startDate && step.endDate && step.endDate < step.startDate) errors.push(fieldError('endDate', 'REFERRAL_END_BEFORE_START'));
  if (!hired) {
    for (const field of ['startDate', 'endDate', 'workingTimePercent'] as const) {
      if (step[field] !== undefined && step[field] !== null) errors.push(fieldError(field, 'REFERRAL_OUTCOME_ONLY_FOR', { outcome: ReferralOutcome.Hired }));
    }
  }
  const notHired = step.outcome === ReferralOutcome.NotHired;
  if (notHired && !step.reason) errors.push(fieldError('reason', 'REFERRAL_OUTCOME_REQUIRED_FOR', { outcome: step.outcome }));
  if (!notHired && step.reason) errors.push(fieldError('reason', 'REFERRAL_OUTCOME_ONLY_FOR', { outcome: ReferralOutcome.NotHired }));
  return errors;
}

/** The referral's columns the step sets. HIRED without a recorded offer was offered the day it was hired. */
export function outcomeChanges(step: OutcomeStep, offeredOn: string | null) {
  switch (step.outcome) {
    case ReferralOutcome.Interviewed:
      return { outcome: step.outcome, interviewedOn: step.date };
    case ReferralOutcome.Offered:
      return { outcome: step.outcome, offeredOn: step.date };
    case ReferralOutcome.Hired:
      return {
        outcome: step.outcome, offeredOn: offeredOn ?? step.date, hiredOn: step.date, hiredStartDate: step.startDate ?? null,
        hiredEndDate: step.endDate ?? null, hiredWorkingTimePercent: step.workingTimePercent ?? null,
      };
    default:
      return { outcome: step.outcome, notHiredReason: step.reason ?? null, notHiredOn: step.date };
  }
}

/** When the employer should have recorded whether the candidate was hired; null once it has. */
export function outcomeDueOn(outcome: ReferralOutcome, referredOn: string, outcomeDays: number): string | null {
  return FINAL_OUTCOMES.includes(outcome) ? null : addDays(referredOn, outcomeDays);
}

/**
 * The day before which a referral without a final outcome is overdue today: its due day
 * (outcomeDueOn) is then before today. What the lists and the reminder sweep select by.
 */
export function overdueIfReferredBefore(today: string, outcomeDays: number): string {
  return addDays(today, -outcomeDays);
}
