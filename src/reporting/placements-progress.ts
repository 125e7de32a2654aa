import { PlacementKind, PlacementLine, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { lengthInMonths } from '../clauses/full-time-months';
import { addDays, addMonths, calendarMonths, monthsBetween } from '../common/calendar';
import { Coded, coded } from '../common/i18n';
import { CLAUSE_STATUS_MESSAGES, CLAUSE_STATUS_PARTS, NOT_COUNTED_MESSAGES } from './clause-status.messages';
import { PlacementEarning, placementEarning } from './full-time-months';
import type { LineTally } from './placements-summary';
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
  /** Why not, as a code of NOT_COUNTED_MESSAGES with its parameters. */
  notCounted: Coded | null;
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
  /** The line's figures and verdict: STATUS_LINE with its parts. */
  reason: Coded;
}

const EPSILON = 1e-9;

/** Whether a report counts at all: not withdrawn or voided, not questioned (until answered). */
export const countedReport = (r: { verificationStatus: VerificationStatus; withdrawalKind?: WithdrawalKind | null }): boolean =>
  !r.withdrawalKind && r.verificationStatus !== VerificationStatus.Questioned;

/** Rounds for display: 14 → 14, 14.25 → 14.3 (the reader's decimal mark is the renderer's). */
export function fmt(n: number): number {
  return Number(n.toFixed(1));
}

type NotCounted = keyof typeof NOT_COUNTED_MESSAGES;
type Part = keyof typeof CLAUSE_STATUS_PARTS;
const notCounted = (code: NotCounted, params?: Coded['params']): Coded => coded(NOT_COUNTED_MESSAGES, code, params);
/** A placement kind or target group as a part code, so it is read in the reader's language. */
export const kindPart = (kind: PlacementKind): Part => `STATUS_KIND_${kind}`;
const groupPart = (group: TargetGroup): Part => `STATUS_TARGET_GROUP_${group}`;

/** The last day a line's placements may start: its date, the end of its contract month, or the contract end. */
export function lineDeadline(line: PlacementLine, period: Period): string {
  if (line.deadline?.date) return line.deadline.date;
  if (line.deadline?.contractMonth) return addDays(addMonths(period.contractStart, line.deadline.contractMonth), -1);
  return period.contractEnd;
}

/** Why a report counts toward no line at all, whatever the line; null when it may. */
function excluded(p: PlacementFact, targetGroups: TargetGroup[], period: Period): Coded | null {
  if (p.withdrawalKind) return notCounted(p.withdrawalKind === WithdrawalKind.Voided ? 'STATUS_EXCLUDED_VOIDED' : 'STATUS_EXCLUDED_WITHDRAWN');
  if (p.verificationStatus === VerificationStatus.Questioned) return notCounted('STATUS_EXCLUDED_QUESTIONED');
  if (!p.filled || !p.startDate || !p.endDate) return notCounted('STATUS_EXCLUDED_NOT_FILLED');
  if (!targetGroups.includes(p.targetGroup)) return notCounted('STATUS_EXCLUDED_TARGET_GROUP', { targetGroup: groupPart(p.targetGroup) });
  if (p.offeredDate < period.contractStart) {
    return notCounted('STATUS_EXCLUDED_OFFERED_BEFORE', { offered: p.offeredDate, contractStart: period.contractStart });
  }
  if (p.startDate > period.contractEnd) return notCounted('STATUS_EXCLUDED_STARTED_AFTER', { started: p.startDate, contractEnd: period.contractEnd });
  return null;
}

/** Why a filled placement does not meet one line's kind and minimums; null when it does. */
function missesLine(line: PlacementLine, p: PlacementFact & { startDate: string; endDate: string }, period: Period): Coded | null {
  if (p.kind !== line.kind) return notCounted('STATUS_MISSES_KIND', { kind: kindPart(p.kind), lineKind: kindPart(line.kind) });
  if (p.workingTimePercent < line.minWorkingTimePercent) {
    return notCounted('STATUS_MISSES_WORKING_TIME', { workingTime: p.workingTimePercent, minWorkingTime: line.minWorkingTimePercent });
  }
  if (line.minLength) {
    const agreed = calendarMonths(p.startDate, p.endDate);
    const minimum = lengthInMonths(line.minLength);
    if (agreed + EPSILON < minimum) {
      return notCounted('STATUS_MISSES_LENGTH', {
        agreedMonths: fmt(agreed), minLength: line.minLength.value, minLengthUnit: `STATUS_UNIT_${line.minLength.unit}` satisfies Part,
      });
    }
  }
  const deadline = lineDeadline(line, period);
  if (p.startDate > deadline) return notCounted('STATUS_MISSES_DEADLINE', { started: p.startDate, deadline });
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
      return {
        placement, line: null, notCounted: misses[sameKind] ?? notCounted('STATUS_MISSES_CLAUSE_KIND', { kind: kindPart(placement.kind) }), earning: null,
      };
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
 * `tally`: what the placements counted toward the line add up to (placements-summary.ts).
 */
export function lineProgress(line: PlacementLine, tally: LineTally, period: Period): LineProgress {
  const deadline = lineDeadline(line, period);
  // An employment that ended early without the model's condition leaves its place to be filled again.
  const { refill, delivered, committed } = tally;
  const started = tally.begun - refill;
  const later = tally.counted - tally.begun;
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

  const headsMet = requiredCount === null || started >= requiredCount;
  const line_ = (status: ClauseStatus, outcome: Part, params: Coded['params']): LineProgress => ({
    ...base, status,
    reason: coded(CLAUSE_STATUS_MESSAGES, 'STATUS_LINE', {
      kind: kindPart(line.kind), delivered: fmt(delivered), required: fmt(required),
      ...(committed > EPSILON ? { committed: 'STATUS_LINE_COMMITTED', committedMonths: fmt(committed) } : { committed: '' }),
      ...(requiredCount === null ? { heads: '' } : {
        heads: 'STATUS_LINE_HEADS', started, requiredCount, ...(later ? { later: 'STATUS_LINE_LATER', laterCount: later } : { later: '' }),
      }),
      ...(refill ? { refill: 'STATUS_LINE_REFILL', refillCount: refill } : { refill: '' }),
      outcome, ...params,
    }),
  });
  if (headsMet && delivered + EPSILON >= required) {
    const extra = delivered - required;
    return line_(ClauseStatus.Fulfilled, 'STATUS_LINE_FULFILLED', extra > EPSILON ? { beyond: 'STATUS_LINE_BEYOND', extra: fmt(extra) } : { beyond: '' });
  }
  if (period.today > period.contractEnd) {
    return line_(ClauseStatus.NotFulfilled, 'STATUS_LINE_CONTRACT_ENDED', { contractEnd: period.contractEnd });
  }
  const secureHeads = started + later;
  if (period.today > deadline) {
    if (requiredCount !== null && secureHeads < requiredCount) {
      return line_(ClauseStatus.NotFulfilled, 'STATUS_LINE_HEADS_MISSED', { deadline, secureHeads });
    }
    if (gap > EPSILON) return line_(ClauseStatus.NotFulfilled, 'STATUS_LINE_VOLUME_MISSED', { deadline, secured: fmt(secured) });
    return line_(ClauseStatus.OnTrack, 'STATUS_LINE_SECURED', { deadline });
  }
  const volumeBehind = gap > EPSILON && paceActual + EPSILON < (paceNeeded ?? Infinity);
  const headGap = requiredCount === null ? 0 : Math.max(0, requiredCount - secureHeads);
  const headsActual = elapsed > 0 ? secureHeads / elapsed : 0;
  const headsNeeded = monthsLeft > 0 ? headGap / monthsLeft : Infinity;
  const headsBehind = headGap > 0 && headsActual + EPSILON < headsNeeded;
  const behind: Part | null = volumeBehind && headsBehind ? 'STATUS_BEHIND_BOTH' : volumeBehind ? 'STATUS_BEHIND_VOLUME' : headsBehind ? 'STATUS_BEHIND_HEADS' : null;
  return line_(behind ? ClauseStatus.AtRisk : ClauseStatus.OnTrack, 'STATUS_LINE_PACE', {
    monthsLeft: fmt(monthsLeft), deadline,
    ...(gap > EPSILON ? { volumePace: 'STATUS_LINE_VOLUME_PACE', paceActual: fmt(paceActual), paceNeeded: fmt(paceNeeded ?? 0) } : { volumePace: '' }),
    ...(headGap > 0 ? { headPace: 'STATUS_LINE_HEAD_PACE', headsActual: fmt(headsActual), headsNeeded: fmt(headsNeeded) } : { headPace: '' }),
    ...(behind ? { verdict: 'STATUS_LINE_BEHIND', behind } : { verdict: 'STATUS_LINE_ON_TRACK' }),
  });
}

/** The last day of the early-start window: N months from the contract start. */
export function earlyStartDue(params: PlacementsParameters, period: Period): string {
  return addDays(addMonths(period.contractStart, params.earlyStartWithinMonths), -1);
}

/** The early-start rule, per report: a counted report offered or started by `due`; met when any is. */
export function startsEarly(p: PlacementFact, due: string): boolean {
  return countedReport(p) && (p.offeredDate <= due || (p.filled && p.startDate !== null && p.startDate <= due));
}

/**
 * The optional bonus (the model's top level): earned only for full-time months delivered beyond a
 * fulfilled requirement — every line fulfilled — and capped at its maximum.
 */
export function bonus(params: PlacementsParameters, lines: LineProgress[], fulfilled: boolean): { sek: number; reason: Coded } | undefined {
  if (!params.bonus) return undefined;
  if (!fulfilled) return { sek: 0, reason: coded(CLAUSE_STATUS_MESSAGES, 'STATUS_BONUS_NONE') };
  const extra = lines.reduce((sum, l) => sum + Math.max(0, l.fullTimeMonths - l.requiredFullTimeMonths), 0);
  const uncapped = Math.round(extra * params.bonus.sekPerExtraFullTimeMonth);
  const sek = params.bonus.maxSek !== undefined ? Math.min(uncapped, params.bonus.maxSek) : uncapped;
  const cap: Coded['params'] = sek < uncapped ? { cap: 'STATUS_BONUS_CAPPED', maxSek: params.bonus.maxSek ?? null } : { cap: '' };
  return { sek, reason: coded(CLAUSE_STATUS_MESSAGES, 'STATUS_BONUS', { extra: fmt(extra), perMonth: params.bonus.sekPerExtraFullTimeMonth, sek, ...cap }) };
}
