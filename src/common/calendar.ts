/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Adds calendar months, keeping the day or clamping it to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return toIso(first);
}

/** Calendar months from `from` up to (not including) `to`, with the rest as a fraction of the next month. */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  let whole = (ty - fy) * 12 + (tm - fm);
  while (addMonths(from, whole) > to) whole--;
  const anchor = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  return whole + daysBetween(anchor, to) / daysBetween(anchor, next);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** Today's date in Stockholm, where the contracts' dates are kept. */
export function todayInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Days in the calendar month of `iso`. */
export function daysInMonth(iso: string): number {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first day of the calendar month of `iso`. */
export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** One calendar month's share of a span of days, in months. */
export interface MonthShare {
  /** First day of the calendar month. */
  month: string;
  share: number;
}

/**
 * The months of the days `from`..`to` (both inclusive), booked per calendar month. Months are counted
 * from `from` (15 February–14 August is 6, as a contract reads it); each of those months is split
 * over the calendar months it touches by its days, and a part month counts its days as a share of
 * that month's days (1–7 January is 7/31). A calendar month's share only grows as days in it are
 * added, so what is booked in a past month stays put. Empty when `to` is before `from`.
 */
export function monthShares(from: string, to: string): MonthShare[] {
  const shares = new Map<string, number>();
  for (let k = 0; ; k++) {
    const start = addMonths(from, k);
    if (start > to) break;
    const next = addMonths(from, k + 1);
    const length = daysBetween(start, next);
    const last = addDays(next, -1) < to ? addDays(next, -1) : to;
    // The days start..last, split at calendar month boundaries.
    for (let day = start; day <= last; ) {
      const monthEnd = addDays(addMonths(firstOfMonth(day), 1), -1);
      const segmentEnd = monthEnd < last ? monthEnd : last;
      const month = firstOfMonth(day);
      shares.set(month, (shares.get(month) ?? 0) + (daysBetween(day, segmentEnd) + 1) / length);
      day = addDays(segmentEnd, 1);
    }
  }
  return [...shares].map(([month, share]) => ({ month, share }));
}

/** Months of the days `from`..`to`, both inclusive (the sum of their monthShares). */
export function calendarMonths(from: string, to: string): number {
  return to < from ? 0 : monthsBetween(from, addDays(to, 1));
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);

/** The moment the day `iso` begins in Stockholm (UTC+1, or UTC+2 in summer time). */
export function startOfDayInStockholm(iso: string): Date {
  // Summer time starts and ends at 01:00 UTC, so midnight has one offset; try the larger one first.
  const candidates = [2, 1].map((hours) => new Date(toDate(iso).getTime() - hours * 3_600_000));
  return candidates.find((moment) => todayInStockholm(moment) === iso)!;
}
