import { fullTimeMonths as fullTimeMonthsOfLength } from '../clauses/full-time-months';
import { addDays, monthsBetween } from '../common/calendar';

export interface PlacementPeriod {
  startDate: string;
  /** Agreed last day (inclusive). */
  endDate: string;
  /** Last day actually worked, when the placement ended early. */
  earlyEndDate?: string | null;
  workingTimePercent: number;
}

/** Agreed length in months, first to last day inclusive (1 Jan–30 Jun = 6). */
export function agreedMonths(p: Pick<PlacementPeriod, 'startDate' | 'endDate'>): number {
  return monthsBetween(p.startDate, addDays(p.endDate, 1));
}

/**
 * Full-time months a placement earns: its months × working-time share, by the same arithmetic as a
 * clause's required volume. A placement that ends early
 * still earns `earlyEndingCreditPercent` of its agreed time (the national model's 75 % rule), or
 * what it actually ran if that is more.
 */
export function fullTimeMonths(p: PlacementPeriod, earlyEndingCreditPercent: number): number {
  const agreed = agreedMonths(p);
  const months = p.earlyEndDate
    ? Math.max(monthsBetween(p.startDate, addDays(p.earlyEndDate, 1)), (agreed * earlyEndingCreditPercent) / 100)
    : agreed;
  return fullTimeMonthsOfLength({ value: months, unit: 'MONTHS' }, p.workingTimePercent);
}
