import {
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  Milestone,
  PlacementsParameters,
  TargetGroup,
} from '../clauses/clause.types';
import { addDays, daysBetween } from '../common/calendar';
import { Coded, coded } from '../common/i18n';
import { CLAUSE_STATUS_MESSAGES } from './clause-status.messages';
import { bonus, countedReport, earlyStartDue, LineProgress, lineProgress, Period, PlacementFact, PlacementOutcome, placementOutcomes } from './placements-progress';
import { addSummaries, contributionOf, emptySummary, PlacementsSummary } from './placements-summary';
import { ClauseStatus, MeetingKind, ProgressStatus, VerificationStatus, WithdrawalKind } from './reporting.types';

export interface MeetingFact {
  meetingKind: MeetingKind;
  heldOn: string;
  verificationStatus: VerificationStatus;
  withdrawalKind?: WithdrawalKind | null;
}

export interface ProgressFact {
  milestoneTitle: string;
  progressStatus: ProgressStatus;
  completedOn: string | null;
  participants?: number | null;
  verificationStatus: VerificationStatus;
  withdrawalKind?: WithdrawalKind | null;
}

/** The figures of a clause's outcome that the results sum. */
export interface ClauseFigures {
  /** Reports that count: not withdrawn, not questioned. */
  reports: number;
  requiredCount: number;
  countedPlacements: number;
  requiredFullTimeMonths: number;
  deliveredFullTimeMonths: number;
  committedFullTimeMonths: number;
  meetings: number;
  requiredMeetings: number;
  milestones: number;
  milestonesCompleted: number;
  participants: number;
}

export interface ClauseStatusInput {
  type: ClauseType;
  /** Parameters of the clause's latest published version. */
  parameters: ClauseParameters;
  /** Target groups of that version: a placement of another group never counts. */
  targetGroups?: TargetGroup[];
  contract: { startDate: string; endDate: string };
  placements?: PlacementFact[];
  meetings?: MeetingFact[];
  progress?: ProgressFact[];
  /** Injected so the rule is deterministic; an ISO date. */
  today: string;
}

export interface ClauseStatusResult {
  status: ClauseStatus;
  /** Why, with the numbers, in the order they matter: codes of CLAUSE_STATUS_MESSAGES with their parameters. */
  reasons: Coded[];
  lines?: LineProgress[];
  bonusSek?: number;
  figures: ClauseFigures;
  /** Per placement: the line it counts toward and what it earns, or why not (placements clauses). */
  placements: PlacementOutcome[];
  /** What the placements add up to (placements clauses): stored, so a report more is judged without the others. */
  summary?: PlacementsSummary;
}

type TypeResult = Omit<ClauseStatusResult, 'figures' | 'placements'> & { figures: Partial<ClauseFigures>; placements?: PlacementOutcome[] };

const reason = (code: keyof typeof CLAUSE_STATUS_MESSAGES, params?: Coded['params']): Coded => coded(CLAUSE_STATUS_MESSAGES, code, params);

const NO_FIGURES: ClauseFigures = {
  reports: 0, requiredCount: 0, countedPlacements: 0, requiredFullTimeMonths: 0, deliveredFullTimeMonths: 0, committedFullTimeMonths: 0,
  meetings: 0, requiredMeetings: 0, milestones: 0, milestonesCompleted: 0, participants: 0,
};

/** Most severe first: the clause's status is the most severe of its parts. */
const SEVERITY = [ClauseStatus.NotFulfilled, ClauseStatus.AtRisk, ClauseStatus.OnTrack, ClauseStatus.Fulfilled];

function worst(statuses: ClauseStatus[]): ClauseStatus {
  return SEVERITY.find((s) => statuses.includes(s)) ?? ClauseStatus.OnTrack;
}

/**
 * The follow-up status of one clause of an awarded contract. Questioned reports do not count until
 * the supplier has answered them. A clause is final (FULFILLED or NOT_FULFILLED) once the contract
 * has ended; before that, a missed intermediate deadline makes it AT_RISK.
 */
export function clauseStatus(input: ClauseStatusInput): ClauseStatusResult {
  const period = periodOf(input.contract, input.today);
  const result = byType(input, period);
  const reports = [...(input.placements ?? []), ...(input.meetings ?? []), ...(input.progress ?? [])].filter(countedReport).length;
  return finished({ ...result, figures: { ...result.figures, reports }, placements: result.placements ?? [] }, period);
}

/**
 * A placements clause's status from the summary of its placements (placements-summary.ts) rather
 * than the placements themselves: what clauseStatus decides for them, by the same rule, without
 * per-placement outcomes.
 */
export function placementsClauseStatus(
  params: PlacementsParameters, summary: PlacementsSummary, contract: ClauseStatusInput['contract'], today: string,
): ClauseStatusResult {
  const period = periodOf(contract, today);
  const result = placementsStatusOf(params, summary, period);
  return finished({ ...result, figures: { ...result.figures, reports: summary.reports }, placements: [] }, period);
}

const periodOf = (contract: ClauseStatusInput['contract'], today: string): Period =>
  ({ contractStart: contract.startDate, contractEnd: contract.endDate, today });

function finished(result: TypeResult & { figures: { reports: number }; placements: PlacementOutcome[] }, period: Period): ClauseStatusResult {
  const outcome = { ...result, figures: { ...NO_FIGURES, ...result.figures } };
  if (period.today < period.contractStart) {
    return { ...outcome, status: ClauseStatus.NotStarted, reasons: [reason('STATUS_NOT_STARTED', { start: period.contractStart }), ...outcome.reasons] };
  }
  return outcome;
}

function byType(input: ClauseStatusInput, period: Period): TypeResult {
  switch (input.type) {
    case ClauseType.Placements:
      return placementsStatus(input.parameters as PlacementsParameters, input.targetGroups ?? [], input.placements ?? [], period);
    case ClauseType.Dialogue:
      return dialogueStatus(input.parameters as DialogueParameters, input.meetings ?? [], period);
    case ClauseType.IntegrationInitiative:
      return initiativeStatus(input.parameters as IntegrationInitiativeParameters, input.progress ?? [], period);
  }
}

/** "Placements not counted: 2 (questioned …)", one reason per distinct why, in the order they first arose. */
function notCountedReasons(summary: PlacementsSummary): Coded[] {
  return summary.notCounted.map(({ why, count }) => reason('STATUS_NOT_COUNTED', { count, why: why.code, ...why.params }));
}

/** Judges each placement alone, then the clause by what they add up to. */
function placementsStatus(params: PlacementsParameters, targetGroups: TargetGroup[], placements: PlacementFact[], period: Period): TypeResult {
  const outcomes = placementOutcomes(params, targetGroups, placements, period);
  const due = earlyStartDue(params, period);
  const summary = outcomes.reduce((sum, o) => addSummaries(sum, contributionOf(params, o, period, due)), emptySummary(params));
  return { ...placementsStatusOf(params, summary, period), placements: outcomes };
}

function placementsStatusOf(params: PlacementsParameters, summary: PlacementsSummary, period: Period): TypeResult & { summary: PlacementsSummary } {
  const due = earlyStartDue(params, period);
  const early = { due, met: summary.earlyStarts > 0 };
  const startUp = period.today <= early.due;
  const lines = params.lines.map((line, i) => {
    const progress = lineProgress(line, summary.lines[i], period);
    // During the early-start window the supplier is still recruiting; a slow pace is not yet a risk.
    return startUp && progress.status === ClauseStatus.AtRisk ? { ...progress, status: ClauseStatus.OnTrack } : progress;
  });
  const statuses = lines.map((l) => l.status);
  const reasons = lines.map((l) => l.reason);
  if (!early.met && !startUp) {
    statuses.push(period.today > period.contractEnd ? ClauseStatus.NotFulfilled : ClauseStatus.AtRisk);
    reasons.unshift(reason('STATUS_NO_EARLY_START', { withinMonths: params.earlyStartWithinMonths, due: early.due }));
  } else if (!early.met) {
    reasons.unshift(reason('STATUS_EARLY_START_PENDING', { due: early.due }));
  }
  const status = worst(statuses);
  const earned = bonus(params, lines, status === ClauseStatus.Fulfilled);
  if (earned) reasons.push(earned.reason);
  reasons.push(...notCountedReasons(summary));
  const figures: Partial<ClauseFigures> = {
    requiredCount: lines.reduce((sum, l) => sum + (l.requiredCount ?? 0), 0),
    countedPlacements: lines.reduce((sum, l) => sum + l.countedPlacements, 0),
    requiredFullTimeMonths: lines.reduce((sum, l) => sum + l.requiredFullTimeMonths, 0),
    deliveredFullTimeMonths: lines.reduce((sum, l) => sum + l.fullTimeMonths, 0),
    committedFullTimeMonths: lines.reduce((sum, l) => sum + l.committedFullTimeMonths, 0),
  };
  return { status, reasons, lines, figures, summary, ...(earned ? { bonusSek: earned.sek } : {}) };
}

/** When the first dialogue meeting is due, and how many follow-up meetings are due by `period.today`. */
export function dialogueSchedule(params: DialogueParameters, period: Period): { firstDue: string; followUpsDue: number } {
  const firstDue = addDays(period.contractStart, params.firstMeetingWithinWeeks * 7);
  if (period.today > period.contractEnd) return { firstDue, followUpsDue: params.followUpMeetings };
  // Follow-up meetings are expected evenly over the contract.
  const share = daysBetween(period.contractStart, period.today) / Math.max(1, daysBetween(period.contractStart, period.contractEnd));
  return { firstDue, followUpsDue: Math.floor(params.followUpMeetings * share) };
}

function dialogueStatus(params: DialogueParameters, meetings: MeetingFact[], period: Period): TypeResult {
  const held = meetings
    .filter((m) => countedReport(m) && m.heldOn <= period.today)
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const { firstDue, followUpsDue: expectedByNow } = dialogueSchedule(params, period);
  const first = held[0];
  const followUps = Math.max(0, held.length - 1);
  const firstOnTime = first !== undefined && first.heldOn <= firstDue;
  const ended = period.today > period.contractEnd;
  const reasons = [
    !first
      ? reason('STATUS_FIRST_MEETING_DUE', { due: firstDue })
      : firstOnTime ? reason('STATUS_FIRST_MEETING_HELD', { heldOn: first.heldOn }) : reason('STATUS_FIRST_MEETING_LATE', { heldOn: first.heldOn, due: firstDue }),
    reason('STATUS_FOLLOW_UPS_HELD', { held: followUps, required: params.followUpMeetings }),
  ];
  const figures = { meetings: held.length, requiredMeetings: 1 + params.followUpMeetings };
  if (firstOnTime && followUps >= params.followUpMeetings) return { status: ClauseStatus.Fulfilled, reasons, figures };
  if (ended) return { status: ClauseStatus.NotFulfilled, reasons, figures };
  const behind = (!firstOnTime && period.today > firstDue) || followUps < expectedByNow;
  if (followUps < expectedByNow) reasons.push(reason('STATUS_FOLLOW_UPS_EXPECTED', { expected: expectedByNow }));
  return { status: behind ? ClauseStatus.AtRisk : ClauseStatus.OnTrack, reasons, figures };
}

/** The counted report that completes a milestone, if any (`progress` already filtered by countedReport). */
export function milestoneCompletion(milestone: Milestone, progress: ProgressFact[]): ProgressFact | undefined {
  return progress.find((p) => p.milestoneTitle === milestone.title && p.progressStatus === ProgressStatus.Completed);
}

function initiativeStatus(params: IntegrationInitiativeParameters, progress: ProgressFact[], period: Period): TypeResult {
  const counted = progress.filter(countedReport);
  const ended = period.today > period.contractEnd;
  const reasons: Coded[] = [];
  const statuses = params.milestones.map((milestone) => {
    const done = milestoneCompletion(milestone, counted);
    if (done) {
      const late = done.completedOn !== null && done.completedOn > milestone.dueDate;
      const params = { title: milestone.title, completedOn: done.completedOn };
      reasons.push(late ? reason('STATUS_MILESTONE_DONE_LATE', { ...params, due: milestone.dueDate }) : reason('STATUS_MILESTONE_DONE', params));
      return ClauseStatus.Fulfilled;
    }
    if (period.today > milestone.dueDate) {
      reasons.push(reason('STATUS_MILESTONE_MISSED', { title: milestone.title, due: milestone.dueDate }));
      return ended ? ClauseStatus.NotFulfilled : ClauseStatus.AtRisk;
    }
    reasons.push(reason('STATUS_MILESTONE_DUE', { title: milestone.title, due: milestone.dueDate }));
    return ended ? ClauseStatus.NotFulfilled : ClauseStatus.OnTrack;
  });
  const completed = statuses.filter((s) => s === ClauseStatus.Fulfilled).length;
  reasons.unshift(reason('STATUS_MILESTONES_COMPLETED', { completed, total: params.milestones.length }));
  const figures = {
    milestones: params.milestones.length, milestonesCompleted: completed,
    participants: counted.reduce((sum, p) => sum + (p.participants ?? 0), 0),
  };
  return { status: statuses.length ? worst(statuses) : ClauseStatus.OnTrack, reasons, figures };
}
