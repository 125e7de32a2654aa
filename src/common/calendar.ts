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

/** The moment the day `iso` begins in Stockholm (UTC+1, or UTC+2 in summer time). */
export function startOfDayInStockholm(iso: string): Date {
  // Summer time starts and ends at 01:00 UTC, so midnight has one offset; try the larger one first.
  const candidates = [2, 1].map((hours) => new Date(toDate(iso).getTime() - hours * 3_600_000));
  return candidates.find((moment) => todayInStockholm(moment) === iso)!;
}
