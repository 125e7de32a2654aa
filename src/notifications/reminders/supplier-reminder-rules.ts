import { daysBetween } from '../../common/calendar';

/**
 * When a supplier is reminded of a date (a report's due date, a remedy request's): pure rules on ISO
 * dates, so the sweeps' SQL only finds candidates and these decide. Each answers for one `today`
 * and is a window, not an exact day: a run that missed days still sends what is due, once.
 */

/** Days from `today` to `date` (negative once it has passed). */
export function daysLeft(date: string, today: string): number {
  return daysBetween(today, date);
}

/** Whether `date` falls within the next `withinDays` days, today included (the "due soon" reminder). */
export function isDueSoon(date: string, today: string, withinDays: number): boolean {
  const left = daysLeft(date, today);
  return left >= 0 && left <= withinDays;
}

/**
 * Which overdue reminder is due on `today` for a report due on `dueDate`: the first (0) the day
 * after the due date, then one more every `everyDays` days; null while not yet overdue. A run that
 * comes late sends only the current one: the occasions in between are not sent afterwards.
 */
export function overdueOccasion(dueDate: string, today: string, everyDays: number): number | null {
  const overdue = -daysLeft(dueDate, today);
  if (overdue < 1) return null;
  return Math.floor((overdue - 1) / Math.max(1, everyDays));
}
