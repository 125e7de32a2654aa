import { addDays, addMonths } from '../common/calendar';

export interface ScheduledPeriod {
  number: number;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

/**
 * The reporting periods of a clause over a contract: every `intervalMonths` from contract start
 * (3 = quarterly), the last one cut at contract end; each report is due `graceDays` after its period.
 */
export function reportingSchedule(contractStart: string, contractEnd: string, intervalMonths: number, graceDays: number): ScheduledPeriod[] {
  const periods: ScheduledPeriod[] = [];
  for (let number = 1; ; number++) {
    const periodStart = addMonths(contractStart, (number - 1) * intervalMonths);
    if (periodStart > contractEnd) return periods;
    const naturalEnd = addDays(addMonths(contractStart, number * intervalMonths), -1);
    const periodEnd = naturalEnd < contractEnd ? naturalEnd : contractEnd;
    periods.push({ number, periodStart, periodEnd, dueDate: addDays(periodEnd, graceDays) });
  }
}
