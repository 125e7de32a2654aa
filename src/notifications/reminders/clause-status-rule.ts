import { addDays } from '../../common/calendar';
import { ClauseStatus } from '../../reporting/reporting.types';

/**
 * A status change still alerts this many days after it was stored: a daily run that was missed (or
 * an instance that was down) sends it at the next run, and an old change never turns into news.
 */
export const STATUS_ALERT_WINDOW_DAYS = 14;

/** The statuses that alert someone: the supplier only on AT_RISK, staff on both. */
export const ALERTING_STATUSES = [ClauseStatus.AtRisk, ClauseStatus.NotFulfilled];

/** A stored clause outcome as the alert rule reads it. */
export interface OutcomeChange {
  contractId: string;
  clauseId: string;
  status: ClauseStatus;
  /** The day the stored status last changed; null when it was stored before alerts existed. */
  statusSince: string | null;
}

/** Whom a status change alerts, and the occasion that makes each alert once. */
export interface OutcomeAlert {
  occasion: string;
  /** CLAUSE_AT_RISK to the contract's supplier users. */
  supplier: boolean;
  /** CLAUSE_DEVIATION to the contract's officers and the pact office. */
  staff: boolean;
}

/** The days whose status changes alert on `today` (both inclusive). */
export function statusAlertWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -STATUS_ALERT_WINDOW_DAYS), to: today };
}

/**
 * What a clause's current status means on `today`. The occasion names the status and the day it
 * began, so a clause that goes AT_RISK, recovers and slips again alerts again, while repeated runs
 * over the same change do not.
 */
export function outcomeAlert(outcome: OutcomeChange, today: string): OutcomeAlert | null {
  if (!ALERTING_STATUSES.includes(outcome.status) || outcome.statusSince === null) return null;
  const window = statusAlertWindow(today);
  if (outcome.statusSince < window.from || outcome.statusSince > window.to) return null;
  return {
    occasion: `outcome:${outcome.contractId}:${outcome.clauseId}:${outcome.status}:${outcome.statusSince}`,
    supplier: outcome.status === ClauseStatus.AtRisk,
    staff: true,
  };
}
