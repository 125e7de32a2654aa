import { clauseAtRiskSweep, clauseDeviationSweep } from './clause-status.sweeps';
import { overdueDigestSweep } from './overdue-digest.sweep';
import { checkInDueSweep, letterExpiredSweep, letterExpiringSweep } from './pact-office.sweeps';
import { remedyDueSoonSweep } from './remedy-due-soon.sweep';
import { remedyOverdueSweep } from './remedy-overdue.sweep';
import { reportDueSoonSweep } from './report-due-soon.sweep';
import { referralOutcomeOverdueSweep } from './referral-outcome-overdue.sweep';
import { reportOverdueSweep } from './report-overdue.sweep';
import { ReminderSweep } from './sweep';

/**
 * Every reminder sweep, in the order the daily run runs them: the supplier's own dates first, then
 * the alerts to the city that follow from them.
 */
export const SWEEPS: ReminderSweep[] = [
  reportDueSoonSweep,
  reportOverdueSweep,
  remedyDueSoonSweep,
  referralOutcomeOverdueSweep,
  clauseAtRiskSweep,
  clauseDeviationSweep,
  remedyOverdueSweep,
  overdueDigestSweep,
  letterExpiringSweep,
  letterExpiredSweep,
  checkInDueSweep,
];
