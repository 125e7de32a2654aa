import { addDays, addMonths, todayInStockholm } from '../common/calendar';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';

/** Quarters shown when a trend is asked for without `from`: three years. */
export const DEFAULT_TREND_QUARTERS = 12;
/** A trend longer than this (ten years) is a typing error, and would only make the chart unreadable. */
export const MAX_TREND_QUARTERS = 40;

/** Whole calendar quarters: `from` is the first day of the first one, `toExclusive` the day after the last. */
export interface QuarterRange {
  from: string;
  toExclusive: string;
  unit: string | null;
}

/** The first day of the calendar quarter of `iso`. */
export function firstOfQuarter(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

/**
 * The quarters of a trend request: from the quarter of `from` through the quarter of `to`. Without
 * `to` it ends with the current year; without `from` it starts DEFAULT_TREND_QUARTERS quarters
 * before its end, so the dashboard's period sits at the right of three years of history.
 */
export function resolveQuarterRange(query: { from?: string; to?: string; unit?: string }, now: Date): QuarterRange {
  const to = query.to ?? `${todayInStockholm(now).slice(0, 4)}-12-31`;
  const toExclusive = addMonths(firstOfQuarter(to), 3);
  const from = query.from ? firstOfQuarter(query.from) : addMonths(toExclusive, -3 * DEFAULT_TREND_QUARTERS);
  if (to < (query.from ?? from)) {
    throw new ValidationFailedException([fieldError('to', 'FIELD_NOT_BEFORE', { other: 'from', date: query.from ?? from })]);
  }
  if (quartersBetween(from, toExclusive) > MAX_TREND_QUARTERS) {
    throw new ValidationFailedException([fieldError('from', 'TREND_TOO_MANY_QUARTERS', { max: MAX_TREND_QUARTERS })]);
  }
  return { from, toExclusive, unit: query.unit ?? null };
}

/** A quarter's code, the same in every language (the web interface writes it as "2025 K1" in Swedish). */
export function quarterCode(firstDay: string): string {
  return `${firstDay.slice(0, 4)}-Q${(Number(firstDay.slice(5, 7)) + 2) / 3}`;
}

/** The last day of the quarter starting on `firstDay`. */
export const lastOfQuarter = (firstDay: string): string => addDays(addMonths(firstDay, 3), -1);

function quartersBetween(from: string, toExclusive: string): number {
  const months = (Number(toExclusive.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(toExclusive.slice(5, 7)) - Number(from.slice(5, 7));
  return months / 3;
}
