import { addDays, addMonths, daysBetween, daysInMonth, firstOfMonth, todayInStockholm } from '../common/calendar';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { PeriodDto } from './dto/results.dto';

/**
 * The period of a results request: both days inclusive. Without `from` it is the current calendar
 * year; without `to` it ends on 31 December of the year of `from`.
 */
export function resolvePeriod(query: { from?: string; to?: string; unit?: string }, now: Date): PeriodDto {
  const from = query.from ?? `${todayInStockholm(now).slice(0, 4)}-01-01`;
  const to = query.to ?? `${from.slice(0, 4)}-12-31`;
  if (to < from) {
    throw new ValidationFailedException([fieldError('to', 'FIELD_NOT_BEFORE', { other: 'from', date: from })]);
  }
  return { from, to, unit: query.unit ?? null };
}

/** A calendar year as a period. */
export function yearPeriod(year: number, unit?: string): PeriodDto {
  return { from: `${year}-01-01`, to: `${year}-12-31`, unit: unit ?? null };
}

/** A range of calendar days, both inclusive; empty when `from` is after `to`. */
export interface DayRange {
  from: string;
  to: string;
}

/** Half-open range of first days: from (inclusive) to toExclusive; empty when they are equal. */
export interface FirstDayRange {
  from: string;
  toExclusive: string;
}

/**
 * How a period is read: its whole calendar months from the tallies (`months`), and within them its
 * whole calendar years from the yearly tally rows (`years`; the months before and after them from
 * the monthly rows), and the days before and after the whole months from the placements themselves
 * (`before`, `after`). A period inside one month has no whole month and is all `before`. Empty
 * ranges still name real dates, so they can be sent to PostgreSQL as they are.
 */
export interface PeriodSplit {
  months: FirstDayRange;
  years: FirstDayRange;
  before: DayRange;
  after: DayRange;
}

/** A month cut by a period's end, and the share of its days inside the period (0 for an empty range). */
export interface CutMonth {
  month: string;
  share: number;
}

/** The month of a day range within one month, with the range's share of that month's days. */
export function cutMonth(range: DayRange): CutMonth {
  const month = firstOfMonth(range.from);
  return { month, share: range.to < range.from ? 0 : (daysBetween(range.from, range.to) + 1) / daysInMonth(range.from) };
}
const firstOfYear = (iso: string) => `${iso.slice(0, 4)}-01-01`;
const nextYear = (firstDay: string) => `${Number(firstDay.slice(0, 4)) + 1}-01-01`;

export function splitPeriod(from: string, to: string): PeriodSplit {
  const firstWholeMonth = from === firstOfMonth(from) ? from : addMonths(firstOfMonth(from), 1);
  const afterLastWholeMonth = firstOfMonth(addDays(to, 1));
  // Inside one month: all `before`. Across two months without a whole one, each part is its own
  // month's cut (before and after), so each month's full-time months count at its own share.
  if (firstWholeMonth >= afterLastWholeMonth && firstOfMonth(from) === firstOfMonth(to)) {
    const none = { from, toExclusive: from };
    return { months: none, years: none, before: { from, to }, after: { from: addDays(to, 1), to } };
  }
  const firstWholeYear = firstWholeMonth === firstOfYear(firstWholeMonth) ? firstWholeMonth : nextYear(firstOfYear(firstWholeMonth));
  const afterLastWholeYear = firstOfYear(afterLastWholeMonth);
  return {
    months: { from: firstWholeMonth, toExclusive: afterLastWholeMonth },
    years:
      firstWholeYear < afterLastWholeYear
        ? { from: firstWholeYear, toExclusive: afterLastWholeYear }
        : { from: afterLastWholeMonth, toExclusive: afterLastWholeMonth },
    before: { from, to: addDays(firstWholeMonth, -1) },
    after: { from: afterLastWholeMonth, to },
  };
}
