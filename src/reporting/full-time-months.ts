import { calendarMonths, minDate, MonthShare, monthShares, firstOfMonth } from '../common/calendar';
import { Coded, coded } from '../common/i18n';
import { EARNING_MESSAGES, EARNING_PARTS } from './full-time-months.messages';
import { EarlyEndReason } from './reporting.types';

/** The terms of a filled placement that decide what it earns. */
export interface PlacementTerms {
  startDate: string;
  /** Agreed last day (inclusive). */
  endDate: string;
  /** Last day worked when it ended before the agreed end. */
  earlyEndDate?: string | null;
  earlyEndReason?: EarlyEndReason | null;
  workingTimePercent: number;
}

/** Full-time months booked in one calendar month. */
export interface MonthAmount {
  /** First day of the calendar month. */
  month: string;
  fullTimeMonths: number;
}

/** What one placement earns toward a requirement on a given day. */
export interface PlacementEarning {
  /** Agreed calendar months within the contract. */
  agreedMonths: number;
  /** Calendar months worked within the contract up to today. */
  workedMonths: number;
  /** The early ending met the model's condition, so the whole agreed time counts. */
  credited: boolean;
  /** It ended early without meeting that condition: the place has to be filled again. */
  toRefill: boolean;
  /** Full-time months delivered: time worked up to today × working time, plus an early ending's credit. */
  delivered: number;
  /** Full-time months agreed but not yet worked: they can keep a requirement on track, never fulfil it. */
  committed: number;
  /** `delivered`, booked in the calendar months it was worked (a credit in the month of the early ending). */
  byMonth: MonthAmount[];
  /** How the figures were reached, naming the rule: a code of EARNING_MESSAGES with its parameters. */
  explanation: Coded;
}

/** Early endings after which the model counts the whole agreed time (uppsägning av arbetstagaren, saklig grund). */
const CREDITED_REASONS: ReadonlySet<EarlyEndReason | null | undefined> = new Set([EarlyEndReason.EmployeeResigned, EarlyEndReason.JustCause]);

const EPSILON = 1e-9;

const round2 = (n: number): number => Math.round(n * 100) / 100;
const endReason = (reason: EarlyEndReason | null | undefined): keyof typeof EARNING_PARTS =>
  reason ? `EARNING_END_${reason}` : 'EARNING_END_NOT_GIVEN';

/**
 * Full-time months of a placement under Upphandlingsmyndigheten's model (sysselsättningskrav):
 * months × working-time %, each calendar month's days as a share of that month (1 Apr–30 Sep is 6);
 * only time within the contract counts. Time is *delivered* as it is worked; what is agreed but not
 * yet worked is *committed*. When an employment ends early because the employee left or for just
 * cause, and at least `creditPercent` % of its agreed time was worked, it counts its whole agreed
 * time (the rest booked in the month it ended); otherwise only what was worked, and the supplier has
 * to fill the place again.
 */
export function placementEarning(p: PlacementTerms, creditPercent: number, contractEnd: string, today: string): PlacementEarning {
  const share = p.workingTimePercent / 100;
  const agreedEnd = minDate(p.endDate, contractEnd);
  const lastDay = minDate(p.earlyEndDate ?? p.endDate, contractEnd);
  const workedTo = minDate(lastDay, today);
  const agreedMonths = calendarMonths(p.startDate, agreedEnd);
  const worked = monthShares(p.startDate, workedTo);
  const workedMonths = worked.reduce((sum, m) => sum + m.share, 0);
  const byMonth = worked.map((m: MonthShare) => ({ month: m.month, fullTimeMonths: m.share * share }));
  // The rest of the agreed time, so that worked and committed add up to it exactly: counting the rest
  // from the day after today would restart the month count mid-month and lose or gain a day's share.
  const committed = Math.max(0, calendarMonths(p.startDate, lastDay) - workedMonths) * share;
  const terms = { agreedMonths: round2(agreedMonths), workingTime: p.workingTimePercent };

  if (!p.earlyEndDate || p.earlyEndDate > today) {
    const delivered = workedMonths * share;
    const pending: Coded['params'] = committed > EPSILON ? { pending: 'EARNING_PENDING', committed: round2(committed) } : { pending: '' };
    return {
      agreedMonths, workedMonths, credited: false, toRefill: false, delivered, committed, byMonth,
      explanation: coded(EARNING_MESSAGES, 'EARNING_WORKED', { ...terms, delivered: round2(delivered), ...pending }),
    };
  }

  // Ended early, on a day that has passed: decide the 75 % condition on the whole agreed employment.
  const fullAgreed = calendarMonths(p.startDate, p.endDate);
  const workedShare = fullAgreed > 0 ? (calendarMonths(p.startDate, p.earlyEndDate) / fullAgreed) * 100 : 0;
  const qualifies = CREDITED_REASONS.has(p.earlyEndReason) && workedShare + EPSILON >= creditPercent;
  const ended = { ...terms, ended: p.earlyEndDate, endReason: endReason(p.earlyEndReason), workedShare: Math.floor(workedShare) };
  if (qualifies) {
    const credit = Math.max(0, agreedMonths - workedMonths) * share;
    if (credit > EPSILON) addTo(byMonth, firstOfMonth(p.earlyEndDate > contractEnd ? contractEnd : p.earlyEndDate), credit);
    const delivered = agreedMonths * share;
    return {
      agreedMonths, workedMonths, credited: true, toRefill: false, delivered, committed: 0, byMonth,
      explanation: coded(EARNING_MESSAGES, 'EARNING_CREDITED', { ...ended, creditPercent, delivered: round2(delivered) }),
    };
  }
  const delivered = workedMonths * share;
  const why = CREDITED_REASONS.has(p.earlyEndReason) ? 'EARNING_TOO_LITTLE_WORKED' : 'EARNING_RULE_NOT_APPLICABLE';
  return {
    agreedMonths, workedMonths, credited: false, toRefill: true, delivered, committed: 0, byMonth,
    explanation: coded(EARNING_MESSAGES, 'EARNING_NOT_CREDITED', { ...ended, why, creditPercent, delivered: round2(delivered) }),
  };
}

function addTo(byMonth: MonthAmount[], month: string, amount: number): void {
  const existing = byMonth.find((m) => m.month === month);
  if (existing) existing.fullTimeMonths += amount;
  else byMonth.push({ month, fullTimeMonths: amount });
}
