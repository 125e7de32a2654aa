import { remedyDueSoonSweep } from './remedy-due-soon.sweep';
import { reportDueSoonSweep } from './report-due-soon.sweep';
import { reportOverdueSweep } from './report-overdue.sweep';
import { ReminderSweep } from './sweep';

/** Every reminder sweep, in the order the daily run runs them. */
export const SWEEPS: ReminderSweep[] = [reportDueSoonSweep, reportOverdueSweep, remedyDueSoonSweep];
