import { todayInStockholm } from '../common/calendar';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { PeriodDto } from './dto/results.dto';

/**
 * The period of a results request: both days inclusive. Without `from` it is the current calendar
 * year; without `to` it ends on 31 December of the year of `from`.
 */
export function resolvePeriod(query: { from?: string; to?: string; unit?: string }, now: Date): PeriodDto {
  const from = query.from ?? `${todayInStockholm(now).slice(0, 4)}-01-01`;
  const to = query.to ?? `${from.slice(0, 4)}-12-31`;
  if (to < from) {
    throw new ValidationFailedException([{ field: 'to', messages: [`to must not be before from (${from})`] }]);
  }
  return { from, to, unit: query.unit ?? null };
}

/** A calendar year as a period. */
export function yearPeriod(year: number, unit?: string): PeriodDto {
  return { from: `${year}-01-01`, to: `${year}-12-31`, unit: unit ?? null };
}
