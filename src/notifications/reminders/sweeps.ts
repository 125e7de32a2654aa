import { clauseAtRiskSweep, clauseDeviationSweep } from './clause-status.sweeps';
import { overdueDigestSweep } from './overdue-digest.sweep';
import { checkInDueSweep, letterExpiredSweep, letterExpiringSweep } from './pact-office.sweeps';
import { remedyOverdueSweep } from './remedy-overdue.sweep';
import { ReminderSweep } from './sweep';

/** Every reminder sweep, in the order the daily run runs them. */
export const SWEEPS: ReminderSweep[] = [
  clauseAtRiskSweep,
  clauseDeviationSweep,
  remedyOverdueSweep,
  overdueDigestSweep,
  letterExpiringSweep,
  letterExpiredSweep,
  checkInDueSweep,
];
