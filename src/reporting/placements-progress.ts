import { PlacementKind, PlacementLine, PlacementsParameters } from '../clauses/clause.types';
import { addDays, addMonths, daysBetween, monthsBetween } from '../common/calendar';
import { agreedMonths, fullTimeMonths } from './full-time-months';
import { ClauseStatus, VerificationStatus } from './reporting.types';

export interface PlacementFact {
  kind: PlacementKind;
  filled: boolean;
  offeredDate: string;
  startDate: string | null;
  endDate: string | null;
  earlyEndDate: string | null;
  workingTimePercent: number;
  verificationStatus: VerificationStatus;
}

export interface LineProgress {
  kind: PlacementKind;
  deadline: string;
  requiredCount: number;
  countedPlacements: number;
  requiredFullTimeMonths: number;
  fullTimeMonths: number;
  monthsLeft: number;
  paceNeeded: number | null;
  paceActual: number;
  status: ClauseStatus;
  reason: string;
}

export interface Period {
  contractStart: string;
  contractEnd: string;
  today: string;
}

const EPSILON = 1e-9;

/** Rounds for display: 14 → "14", 14.25 → "14.3". */
export function fmt(n: number): string {
  return String(Number(n.toFixed(1)));
}

/** The last day a line's placements may be filled: its date, the end of its contract month, or contract end. */
export function lineDeadline(line: PlacementLine, period: Period): string {
  if (line.deadline.date) return line.deadline.date;
  if (line.deadline.contractMonth) return addDays(addMonths(period.contractStart, line.deadline.contractMonth), -1);
  return period.contractEnd;
}

/** A filled placement that meets a line's kind, working-time and length minimums by its deadline. */
function countsFor(line: PlacementLine, p: PlacementFact, lastStart: string): p is PlacementFact & { startDate: string; endDate: string } {
  if (p.verificationStatus === VerificationStatus.Questioned || !p.filled || p.kind !== line.kind) return false;
  if (!p.startDate || !p.endDate || p.startDate > lastStart) return false;
  if (p.workingTimePercent < line.minWorkingTimePercent) return false;
  const long = line.minLength.unit === 'MONTHS'
    ? agreedMonths({ startDate: p.startDate, endDate: p.endDate }) + EPSILON >= line.minLength.value
    : daysBetween(p.startDate, addDays(p.endDate, 1)) >= line.minLength.value * 7;
  return long;
}

export function lineProgress(line: PlacementLine, params: PlacementsParameters, placements: PlacementFact[], period: Period): LineProgress {
  const deadline = lineDeadline(line, period);
  const lastStart = period.today < deadline ? period.today : deadline;
  const counted = placements.filter((p) => countsFor(line, p, lastStart));
  const months = counted.reduce((sum, p) => sum + fullTimeMonths(p, params.earlyEndingCreditPercent), 0);
  const elapsed = monthsBetween(period.contractStart, period.today);
  const monthsLeft = period.today > deadline ? 0 : monthsBetween(period.today, addDays(deadline, 1));
  const byVolume = line.fullTimeMonths > 0;
  const achieved = byVolume ? months : counted.length;
  const required = byVolume ? line.fullTimeMonths : line.count;
  const paceActual = elapsed > 0 ? achieved / elapsed : 0;
  const paceNeeded = monthsLeft > 0 ? Math.max(0, required - achieved) / monthsLeft : null;
  const base = { kind: line.kind, deadline, requiredCount: line.count, countedPlacements: counted.length,
    requiredFullTimeMonths: line.fullTimeMonths, fullTimeMonths: months, monthsLeft, paceNeeded, paceActual };

  const figures = `${fmt(months)} of ${fmt(line.fullTimeMonths)} full-time months, ${counted.length} of ${line.count} placements`;
  const met = counted.length >= line.count && months + EPSILON >= line.fullTimeMonths;
  if (met) {
    const extra = months - line.fullTimeMonths;
    const beyond = extra > EPSILON ? ` (${fmt(extra)} full-time months beyond the requirement)` : '';
    return { ...base, status: ClauseStatus.Fulfilled, reason: `${line.kind}: ${figures} — fulfilled${beyond}` };
  }
  if (period.today > deadline) {
    return { ...base, status: ClauseStatus.NotFulfilled, reason: `${line.kind}: deadline ${deadline} passed with ${figures}` };
  }
  const unit = byVolume ? '' : ' placements';
  const pace = `${fmt(monthsLeft)} months left; pace needed ${(paceNeeded ?? 0).toFixed(1)}${unit}/month, actual ${paceActual.toFixed(1)}${unit}/month`;
  const reason = `${line.kind}: ${figures}; ${pace}`;
  const countBehind = counted.length + (elapsed > 0 ? counted.length / elapsed : 0) * monthsLeft + EPSILON < line.count;
  const onTrack = paceNeeded !== null && paceActual + EPSILON >= paceNeeded && !countBehind;
  return { ...base, status: onTrack ? ClauseStatus.OnTrack : ClauseStatus.AtRisk, reason };
}

/** The early-start rule: some placement offered or started within N months of contract start. */
export function earlyStart(params: PlacementsParameters, placements: PlacementFact[], period: Period): { due: string; met: boolean } {
  const due = addDays(addMonths(period.contractStart, params.earlyStartWithinMonths), -1);
  const met = placements.some(
    (p) => p.verificationStatus !== VerificationStatus.Questioned &&
      (p.offeredDate <= due || (p.filled && p.startDate !== null && p.startDate <= due)),
  );
  return { due, met };
}

/** The optional bonus for full-time months beyond the requirement, capped at its maximum. */
export function bonusSek(params: PlacementsParameters, lines: LineProgress[]): number | undefined {
  if (!params.bonus) return undefined;
  const extra = lines.reduce((sum, l) => sum + Math.max(0, l.fullTimeMonths - l.requiredFullTimeMonths), 0);
  const sek = Math.round(extra * params.bonus.sekPerExtraFullTimeMonth);
  return params.bonus.maxSek !== undefined ? Math.min(sek, params.bonus.maxSek) : sek;
}
