import type { ScheduledRunStatus } from './scheduled-run.repository';

/** The hour (0–23) on the clock in Stockholm, where the day's run is scheduled. */
export function stockholmHour(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(now));
}

/**
 * Whether a service tick should start the day's run: from DAILY_RUN_HOUR on (Stockholm time), until
 * the day's run is DONE. A RUNNING run is tried too: the claim decides whether it may be taken over.
 * Before the hour, a tick only refreshes the outcomes due, as before the daily run existed.
 */
export function dailyRunDue(hour: number, dailyRunHour: number, status: ScheduledRunStatus | undefined): boolean {
  return hour >= dailyRunHour && status !== 'DONE';
}
