import { PlacementKind, PlacementLine, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { lengthInMonths } from '../clauses/full-time-months';
import { addDays, addMonths, calendarMonths, monthsBetween } from '../common/calendar';
import { PlacementEarning, placementEarning } from './full-time-months';
import { ClauseStatus, EarlyEndReason, VerificationStatus, WithdrawalKind } from './reporting.types';

export interface PlacementFact {
  id?: string;
  kind: PlacementKind;
  filled: boolean;
  offeredDate: string;
  startDate: string | null;
  endDate: string | null;
  earlyEndDate: string | null;
  earlyEndReason?: EarlyEndReason | null;
  workingTimePercent: number;
  targetGroup: TargetGroup;
  verificationStatus: VerificationStatus;
  withdrawalKind?: WithdrawalKind | null;
}

export interface Period {
  contractStart: string;
  contractEnd: string;
  today: string;
}

/** What the rules decided for one placement: the line it counts toward and what it earns, or why it does not count. */
export interface PlacementOutcome {
  placement: PlacementFact;
  /** Index of the clause line it counts toward; null when it counts toward none. */
  line: number | null;
  notCounted: string | null;
  earning: PlacementEarning | null;
}

export interface LineProgress {
  kind: PlacementKind;
  deadline: string;
  /** Required head count; null when the line requires the volume alone. */
  requiredCount: number | null;
  /** Placements counted that have started, less those that ended early without the model's condition. */
  countedPlacements: number;
  /** Placements counted that start later. */
  committedPlacements: number;
  requiredFullTimeMonths: number;
  /** Full-time months delivered to date. */
  fullTimeMonths: number;
  /** Full-time months agreed but not yet worked. */
  committedFullTimeMonths: number;
  monthsLeft: number;
  paceNeeded: number | null;
  paceActual: number;
  status: ClauseStatus;
  reason: string;
}

const EPSILON = 1e-9;

/** Whether a report counts at all: not withdrawn or voided, not questioned (until answered). */
export const countedReport = (r: { verificationStatus: VerificationStatus; withdrawalKind?: WithdrawalKind | null }): boolean =>
  !r.withdrawalKind && r.verificationStatus !== VerificationStatus.Questioned;

/** Rounds for display: 14 → "14", 14.25 → "14.3". */
export function fmt(n: number): string {
  return String(Number(n.toFixed(1)));
}

/** The last day a line's placements may start: its date, the end of its contract month, or the contract end. */
export function lineDeadline(line: PlacementLine, period: Period): string {
  if (line.deadline?.date) return line.deadline.date;
  if (line.deadline?.contractMonth) return addDays(addMonths(period.contractStart, line.deadline.contractMonth), -1);
  return period.contractEnd;
}

/** Why a report counts toward no line at all, whatever the line; null when it may. */
function excluded(p: PlacementFact, targetGroups: TargetGroup[], period: Period): string | null {
  if (p.withdrawalKind) return p.withdrawalKind === WithdrawalKind.Voided ? 'voided' : 'withdrawn';
  if (p.verificationStatus === VerificationStatus.Questioned) return 'questioned by the pact office, counts again once answered';
  if (!p.filled || !p.startDate || !p.endDate) return 'offered, not filled';
  if (!targetGroups.includes(p.targetGroup)) return `target group ${p.targetGroup} is not one of the clause's (${targetGroups.join(', ')})`;
  if (p.offeredDate < period.contractStart) return `offered ${p.offeredDate}, before the contract started ${period.contractStart}`;
  if (p.startDate > period.contractEnd) return `started ${p.startDate}, after the contract ended ${period.contractEnd}`;
  return null;
}

/** Why a filled placement does not meet one line's kind and minimums; null when it does. */
function missesLine(line: PlacementLine, p: PlacementFact & { startDate: string; endDate: string }, period: Period): string | null {
  if (p.kind !== line.kind) return `kind ${p.kind} is not the line's ${line.kind}`;
  if (p.workingTimePercent < line.minWorkingTimePercent) {
    return `working time ${p.workingTimePercent} % is below the line's minimum ${line.minWorkingTimePercent} %`;
  }
  if (line.minLength) {
    const agreed = calendarMonths(p.startDate, p.endDate);
    const minimum = lengthInMonths(line.minLength);
    if (agreed + EPSILON < minimum) {
      return `agreed length ${fmt(agreed)} months is below the line's minimum ${line.minLength.value} ${line.minLength.unit.toLowerCase()}`;
    }
  }
  const deadline = lineDeadline(line, period);
  if (p.startDate > deadline) return `started ${p.startDate}, after the line's deadline ${deadline}`;
  return null;
}

/**
 * Assigns each placement to the first line whose kind and minimums it meets, so no placement counts
 * twice, and works out what it earns. A placement counts only if it is filled, its kind is the
 * line's, its target group is one of the clause's, its working time and agreed length meet the
 * line's minimums, it was offered within the contract and started by the line's deadline.
 */
export function placementOutcomes(
  params: PlacementsParameters,
  targetGroups: TargetGroup[],
  placements: PlacementFact[],
  period: Period,
): PlacementOutcome[] {
  return placements.map((placement) => {
    const out = excluded(placement, targetGroups, period);
    if (out) return { placement, line: null, notCounted: out, earning: null };
    const filled = placement as PlacementFact & { startDate: string; endDate: string };
    const misses = params.lines.map((line) => missesLine(line, filled, period));
    const line = misses.findIndex((miss) => miss === null);
    if (line < 0) {
      const sameKind = params.lines.findIndex((l) => l.kind === placement.kind);
      return { placement, line: null, notCounted: misses[sameKind] ?? `kind ${placement.kind} is not one of the clause's`, earning: null };
    }
    const earning = placementEarning(filled, params.earlyEndingCreditPercent, period.contractEnd, period.today);
    return { placement, line, notCounted: null, earning };
  });
}

/**
 * One line's progress. FULFILLED when the delivered full-time months (and the head count, if the
 * line sets one) reach the requirement; committed time never fulfils, but counts toward the pace.
 * NOT_FULFILLED when the contract ended without that, or the deadline for starting placements passed
 * and what was started cannot reach it. Otherwise AT_RISK when the secured volume or head count
 * grows slower than needed to reach the requirement by the deadline, each named in the reason.
 */
export function lineProgress(line: PlacementLine, lineIndex: number, outcomes: PlacementOutcome[], period: Period): LineProgress {
  const deadline = lineDeadline(line, period);
  const counted = outcomes.filter((o) => o.line === lineIndex);
  const begun = counted.filter((o) => o.placement.startDate! <= period.today);
  // An employment that ended early without the model's condition leaves its place to be filled again.
  const refill = begun.filter((o) => o.earning!.toRefill).length;
  const started = begun.length - refill;
  const later = counted.length - begun.length;
  const delivered = counted.reduce((sum, o) => sum + o.earning!.delivered, 0);
  const committed = counted.reduce((sum, o) => sum + o.earning!.committed, 0);
  const required = line.fullTimeMonths;
  const requiredCount = line.count ?? null;
  const elapsed = monthsBetween(period.contractStart, addDays(period.today, 1));
  const monthsLeft = period.today >= deadline ? 0 : monthsBetween(addDays(period.today, 1), addDays(deadline, 1));
  const secured = delivered + committed;
  const gap = Math.max(0, required - secured);
  const paceActual = elapsed > 0 ? secured / elapsed : 0;
  const paceNeeded = monthsLeft > 0 ? gap / monthsLeft : null;
  const base = {
    kind: line.kind, deadline, requiredCount, countedPlacements: started, committedPlacements: later,
    requiredFullTimeMonths: required, fullTimeMonths: delivered, committedFullTimeMonths: committed, monthsLeft, paceNeeded, paceActual,
  };

  const volume = `${fmt(delivered)} of ${fmt(required)} full-time months delivered${committed > EPSILON ? ` (${fmt(committed)} more committed)` : ''}`;
  const toFill = refill ? `; ${refill} ended early and ${refill === 1 ? 'has' : 'have'} to be filled again` : '';
  const heads = requiredCount === null ? toFill : `, ${started} of ${requiredCount} placements started${later ? ` (${later} more to start)` : ''}${toFill}`;
  const figures = `${line.kind}: ${volume}${heads}`;
  const headsMet = requiredCount === null || started >= requiredCount;
  if (headsMet && delivered + EPSILON >= required) {
    const extra = delivered - required;
    const beyond = extra > EPSILON ? ` (${fmt(extra)} full-time months beyond the requirement)` : '';
    return { ...base, status: ClauseStatus.Fulfilled, reason: `${figures} — fulfilled${beyond}` };
  }
  if (period.today > period.contractEnd) {
    return { ...base, status: ClauseStatus.NotFulfilled, reason: `${figures} — not fulfilled: the contract ended ${period.contractEnd}` };
  }
  const secureHeads = started + later;
  if (period.today > deadline) {
    if (requiredCount !== null && secureHeads < requiredCount) {
      return { ...base, status: ClauseStatus.NotFulfilled, reason: `${figures} — not fulfilled: placements had to start by ${deadline}, ${secureHeads} of ${requiredCount} did` };
    }
    if (gap > EPSILON) {
      return { ...base, status: ClauseStatus.NotFulfilled, reason: `${figures} — not fulfilled: placements had to start by ${deadline}, and those started secure only ${fmt(secured)} full-time months` };
    }
    return { ...base, status: ClauseStatus.OnTrack, reason: `${figures} — on track: the placements started by the deadline ${deadline} secure the requirement as they are worked` };
  }
  const left = `${fmt(monthsLeft)} months left to ${deadline}`;
  const volumeBehind = gap > EPSILON && paceActual + EPSILON < (paceNeeded ?? Infinity);
  const volumePace = gap > EPSILON ? `; full-time months secured ${paceActual.toFixed(1)}/month, needed ${(paceNeeded ?? 0).toFixed(1)}/month` : '';
  const headGap = requiredCount === null ? 0 : Math.max(0, requiredCount - secureHeads);
  const headsActual = elapsed > 0 ? secureHeads / elapsed : 0;
  const headsNeeded = monthsLeft > 0 ? headGap / monthsLeft : Infinity;
  const headsBehind = headGap > 0 && headsActual + EPSILON < headsNeeded;
  const headPace = headGap > 0 ? `; placements secured ${headsActual.toFixed(1)}/month, needed ${headsNeeded.toFixed(1)}/month` : '';
  const behind = [volumeBehind ? 'the full-time months' : null, headsBehind ? 'the head count' : null].filter(Boolean).join(' and ');
  const verdict = behind ? ` — at risk: ${behind} behind the pace needed` : ' — on track';
  return { ...base, status: behind ? ClauseStatus.AtRisk : ClauseStatus.OnTrack, reason: `${figures}; ${left}${volumePace}${headPace}${verdict}` };
}

/** The early-start rule: some placement offered or started within N months of contract start. */
export function earlyStart(params: PlacementsParameters, placements: PlacementFact[], period: Period): { due: string; met: boolean } {
  const due = addDays(addMonths(period.contractStart, params.earlyStartWithinMonths), -1);
  const met = placements.some(
    (p) => countedReport(p) && (p.offeredDate <= due || (p.filled && p.startDate !== null && p.startDate <= due)),
  );
  return { due, met };
}

/**
 * The optional bonus (the model's top level): earned only for full-time months delivered beyond a
 * fulfilled requirement — every line fulfilled — and capped at its maximum.
 */
export function bonus(params: PlacementsParameters, lines: LineProgress[], fulfilled: boolean): { sek: number; reason: string } | undefined {
  if (!params.bonus) return undefined;
  if (!fulfilled) return { sek: 0, reason: 'Bonus: none, it is earned only beyond a fulfilled requirement' };
  const extra = lines.reduce((sum, l) => sum + Math.max(0, l.fullTimeMonths - l.requiredFullTimeMonths), 0);
  const uncapped = Math.round(extra * params.bonus.sekPerExtraFullTimeMonth);
  const sek = params.bonus.maxSek !== undefined ? Math.min(uncapped, params.bonus.maxSek) : uncapped;
  const cap = sek < uncapped ? `, capped at ${params.bonus.maxSek} SEK` : '';
  return { sek, reason: `Bonus: ${fmt(extra)} full-time months beyond the requirement × ${params.bonus.sekPerExtraFullTimeMonth} SEK = ${sek} SEK${cap}` };
}
