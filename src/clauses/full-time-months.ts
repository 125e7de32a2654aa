import { PlacementLine } from './clause.types';

/** Weeks per month used to turn a length in weeks into months (52 weeks / 12 months). */
export const WEEKS_PER_MONTH = 52 / 12;

export interface PlacementLength {
  value: number;
  unit: 'MONTHS' | 'WEEKS';
}

/** A length in months; weeks are converted with 52/12 weeks per month. */
export function lengthInMonths(length: PlacementLength): number {
  return length.unit === 'WEEKS' ? length.value / WEEKS_PER_MONTH : length.value;
}

/**
 * Full-time months of one placement: months × working-time share. Six months at 50 % is three
 * full-time months; the national agency's model states employment volumes this way.
 */
export function fullTimeMonths(length: PlacementLength, workingTimePercent: number): number {
  return roundMonths(lengthInMonths(length) * (workingTimePercent / 100));
}

/**
 * The volume a placements line implies at its minimums: count × minimum length × minimum working time.
 * Undefined without a head count or a minimum length: the volume then stands alone.
 */
export function minimumFullTimeMonths(line: Pick<PlacementLine, 'count' | 'minLength' | 'minWorkingTimePercent'>): number | undefined {
  if (line.count === undefined || line.minLength === undefined) return undefined;
  return roundMonths(line.count * lengthInMonths(line.minLength) * (line.minWorkingTimePercent / 100));
}

/** Total required volume of a placements clause, summed over its lines. */
export function totalFullTimeMonths(lines: Pick<PlacementLine, 'fullTimeMonths'>[]): number {
  return roundMonths(lines.reduce((sum, line) => sum + line.fullTimeMonths, 0));
}

/** Two decimals: enough for reporting, and free of floating-point noise such as 2.9999999. */
export function roundMonths(months: number): number {
  return Math.round(months * 100) / 100;
}
