import {
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementsParameters,
} from '../clauses/clause.types';
import { addDays, daysBetween } from '../common/calendar';
import { bonusSek, earlyStart, LineProgress, lineProgress, Period, PlacementFact } from './placements-progress';
import { ClauseStatus, MeetingKind, ProgressStatus, VerificationStatus } from './reporting.types';

export interface MeetingFact {
  meetingKind: MeetingKind;
  heldOn: string;
  verificationStatus: VerificationStatus;
}

export interface ProgressFact {
  milestoneTitle: string;
  progressStatus: ProgressStatus;
  completedOn: string | null;
  verificationStatus: VerificationStatus;
}

export interface ClauseStatusInput {
  type: ClauseType;
  /** Parameters of the clause's latest published version. */
  parameters: ClauseParameters;
  contract: { startDate: string; endDate: string };
  placements?: PlacementFact[];
  meetings?: MeetingFact[];
  progress?: ProgressFact[];
  /** Injected so the rule is deterministic; an ISO date. */
  today: string;
}

export interface ClauseStatusResult {
  status: ClauseStatus;
  /** Why, with the numbers, in the order they matter. */
  reasons: string[];
  lines?: LineProgress[];
  bonusSek?: number;
}

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
  const period: Period = { contractStart: input.contract.startDate, contractEnd: input.contract.endDate, today: input.today };
  if (input.today < period.contractStart) {
    return { status: ClauseStatus.NotStarted, reasons: [`The contract starts ${period.contractStart}`] };
  }
  switch (input.type) {
    case ClauseType.Placements:
      return placementsStatus(input.parameters as PlacementsParameters, input.placements ?? [], period);
    case ClauseType.Dialogue:
      return dialogueStatus(input.parameters as DialogueParameters, input.meetings ?? [], period);
    case ClauseType.IntegrationInitiative:
      return initiativeStatus(input.parameters as IntegrationInitiativeParameters, input.progress ?? [], period);
  }
}

function placementsStatus(params: PlacementsParameters, placements: PlacementFact[], period: Period): ClauseStatusResult {
  const early = earlyStart(params, placements, period);
  const startUp = period.today <= early.due;
  const lines = params.lines.map((line) => {
    const progress = lineProgress(line, params, placements, period);
    // During the early-start window the supplier is still recruiting; a slow pace is not yet a risk.
    return startUp && progress.status === ClauseStatus.AtRisk ? { ...progress, status: ClauseStatus.OnTrack } : progress;
  });
  const statuses = lines.map((l) => l.status);
  const reasons = lines.map((l) => l.reason);
  if (!early.met && !startUp) {
    statuses.push(period.today > period.contractEnd ? ClauseStatus.NotFulfilled : ClauseStatus.AtRisk);
    reasons.unshift(`No placement offered or started within ${params.earlyStartWithinMonths} months of contract start (by ${early.due})`);
  } else if (!early.met) {
    reasons.unshift(`No placement yet; the first must be offered or started by ${early.due}`);
  }
  const bonus = bonusSek(params, lines);
  if (bonus) reasons.push(`Bonus for employment beyond the requirement: ${bonus} SEK`);
  return { status: worst(statuses), reasons, lines, ...(bonus !== undefined ? { bonusSek: bonus } : {}) };
}

function dialogueStatus(params: DialogueParameters, meetings: MeetingFact[], period: Period): ClauseStatusResult {
  const held = meetings
    .filter((m) => m.verificationStatus !== VerificationStatus.Questioned && m.heldOn <= period.today)
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const firstDue = addDays(period.contractStart, params.firstMeetingWithinWeeks * 7);
  const first = held[0];
  const followUps = Math.max(0, held.length - 1);
  const firstOnTime = first !== undefined && first.heldOn <= firstDue;
  const ended = period.today > period.contractEnd;
  const figures = `${followUps} of ${params.followUpMeetings} follow-up meetings held`;
  const reasons = [
    first ? `First meeting held ${first.heldOn}${firstOnTime ? '' : `, after the deadline ${firstDue}`}` : `First meeting due by ${firstDue}, not yet held`,
    figures,
  ];
  if (firstOnTime && followUps >= params.followUpMeetings) return { status: ClauseStatus.Fulfilled, reasons };
  if (ended) return { status: ClauseStatus.NotFulfilled, reasons };
  const share = daysBetween(period.contractStart, period.today) / Math.max(1, daysBetween(period.contractStart, period.contractEnd));
  const expectedByNow = Math.floor(params.followUpMeetings * share);
  const behind = (!firstOnTime && period.today > firstDue) || followUps < expectedByNow;
  if (followUps < expectedByNow) reasons.push(`${expectedByNow} follow-up meetings expected by now`);
  return { status: behind ? ClauseStatus.AtRisk : ClauseStatus.OnTrack, reasons };
}

function initiativeStatus(params: IntegrationInitiativeParameters, progress: ProgressFact[], period: Period): ClauseStatusResult {
  const counted = progress.filter((p) => p.verificationStatus !== VerificationStatus.Questioned);
  const ended = period.today > period.contractEnd;
  const reasons: string[] = [];
  const statuses = params.milestones.map((milestone) => {
    const done = counted.find((p) => p.milestoneTitle === milestone.title && p.progressStatus === ProgressStatus.Completed);
    if (done) {
      const late = done.completedOn !== null && done.completedOn > milestone.dueDate;
      reasons.push(`"${milestone.title}" completed ${done.completedOn}${late ? `, after its due date ${milestone.dueDate}` : ''}`);
      return ClauseStatus.Fulfilled;
    }
    if (period.today > milestone.dueDate) {
      reasons.push(`"${milestone.title}" was due ${milestone.dueDate} and is not completed`);
      return ended ? ClauseStatus.NotFulfilled : ClauseStatus.AtRisk;
    }
    reasons.push(`"${milestone.title}" due ${milestone.dueDate}`);
    return ended ? ClauseStatus.NotFulfilled : ClauseStatus.OnTrack;
  });
  const completed = statuses.filter((s) => s === ClauseStatus.Fulfilled).length;
  reasons.unshift(`${completed} of ${params.milestones.length} milestones completed`);
  return { status: statuses.length ? worst(statuses) : ClauseStatus.OnTrack, reasons };
}
