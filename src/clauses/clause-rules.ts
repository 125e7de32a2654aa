import { addMonths } from '../common/calendar';
import { CodedFieldError as FieldError, fieldError as error } from '../common/errors/validation-errors';
import './clause.messages';
import {
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementLine,
  PlacementsParameters,
  RemedyTerms,
} from './clause.types';
import { minimumFullTimeMonths, WEEKS_PER_MONTH } from './full-time-months';

/** Defaults of the national agency's model; each clause may set its own value. */
export const DEFAULT_EARLY_START_WITHIN_MONTHS = 6;
export const DEFAULT_EARLY_ENDING_CREDIT_PERCENT = 75;
/** The remedy period (rättelse) when a clause sets none; also how versions published before it existed are read. */
export const DEFAULT_REMEDY_DAYS = 30;

/** The remedy period of any clause version, also one stored before the parameter existed. */
export function remedyDaysOf(params: ClauseParameters): number {
  return (params as RemedyTerms).remedyDays ?? DEFAULT_REMEDY_DAYS;
}

/** The planned contract period: from the publication date (or today, for a draft) for the planned duration. */
export interface ContractPeriod {
  start: string;
  end: string;
  durationMonths: number;
}

export function plannedContractPeriod(start: string, durationMonths: number): ContractPeriod {
  return { start, end: addMonths(start, durationMonths), durationMonths };
}

/** Fills the documented defaults so stored parameters are always complete. */
export function withDefaults(type: ClauseType, params: ClauseParameters): ClauseParameters {
  const withRemedy = { ...params, remedyDays: remedyDaysOf(params) };
  if (type !== ClauseType.Placements) return withRemedy;
  const p = withRemedy as PlacementsParameters;
  return {
    ...p,
    earlyStartWithinMonths: p.earlyStartWithinMonths ?? DEFAULT_EARLY_START_WITHIN_MONTHS,
    earlyEndingCreditPercent: p.earlyEndingCreditPercent ?? DEFAULT_EARLY_ENDING_CREDIT_PERCENT,
    lines: p.lines.map(withImpliedVolume),
  };
}

/**
 * A line sent without its volume takes the one its head count and minimum length imply. With
 * neither, it is left without one, for checkPlacements to name the field.
 */
function withImpliedVolume(line: PlacementLine): PlacementLine {
  const volume = line.fullTimeMonths ?? minimumFullTimeMonths(line);
  return volume === undefined ? line : { ...line, fullTimeMonths: volume };
}

/** Rules across fields and against the contract period, one error per offending field path. */
export function checkClauseParameters(type: ClauseType, params: ClauseParameters, period: ContractPeriod): FieldError[] {
  switch (type) {
    case ClauseType.Dialogue:
      return checkDialogue(params as DialogueParameters, period);
    case ClauseType.Placements:
      return checkPlacements(params as PlacementsParameters, period);
    case ClauseType.IntegrationInitiative:
      return checkInitiative(params as IntegrationInitiativeParameters, period);
  }
}

function checkDate(field: string, date: string, period: ContractPeriod): FieldError[] {
  if (date > period.end) {
    return [error(field, 'CLAUSE_DATE_AFTER_END', { date, end: period.end, start: period.start, months: period.durationMonths })];
  }
  if (date < period.start) return [error(field, 'CLAUSE_DATE_BEFORE_START', { date, start: period.start })];
  return [];
}

function checkDialogue(p: DialogueParameters, period: ContractPeriod): FieldError[] {
  const weeks = Math.floor(period.durationMonths * WEEKS_PER_MONTH);
  const errors: FieldError[] = [];
  if (p.firstMeetingWithinWeeks > weeks) errors.push(error('parameters.firstMeetingWithinWeeks', 'CLAUSE_WEEKS_EXCEED_CONTRACT', { weeks }));
  if (p.penalty && p.penalty.capSek < p.penalty.sekPerMissedMeeting) {
    errors.push(error('parameters.penalty.capSek', 'CLAUSE_AT_LEAST_OTHER', { other: 'sekPerMissedMeeting' }));
  }
  return errors;
}

function checkPlacements(p: PlacementsParameters, period: ContractPeriod): FieldError[] {
  const errors: FieldError[] = [];
  if (p.lines.length === 0) errors.push(error('parameters.lines', 'CLAUSE_NO_LINES'));
  p.lines.forEach((line, i) => {
    const at = `parameters.lines.${i}`;
    // No deadline means the contract end, which needs no check.
    if (line.deadline) errors.push(...checkDeadline(`${at}.deadline`, line.deadline, period));
    const minimum = minimumFullTimeMonths(line);
    // Parameters as sent may lack the volume: withDefaults can only imply it from a head count and a minimum length.
    if (line.fullTimeMonths === undefined) {
      errors.push(error(`${at}.fullTimeMonths`, 'CLAUSE_VOLUME_REQUIRED'));
    } else if (minimum !== undefined && line.fullTimeMonths < minimum) {
      errors.push(error(`${at}.fullTimeMonths`, 'CLAUSE_VOLUME_TOO_SMALL', { minimum }));
    }
  });
  if (p.earlyStartWithinMonths > period.durationMonths) {
    errors.push(error('parameters.earlyStartWithinMonths', 'CLAUSE_MONTHS_EXCEED_CONTRACT', { months: period.durationMonths }));
  }
  if (p.bonus?.maxSek !== undefined && p.bonus.maxSek < p.bonus.sekPerExtraFullTimeMonth) {
    errors.push(error('parameters.bonus.maxSek', 'CLAUSE_AT_LEAST_OTHER', { other: 'sekPerExtraFullTimeMonth' }));
  }
  if (p.penalty && p.penalty.capSek < p.penalty.sekPerMissingFullTimeMonth) {
    errors.push(error('parameters.penalty.capSek', 'CLAUSE_AT_LEAST_OTHER', { other: 'sekPerMissingFullTimeMonth' }));
  }
  return errors;
}

function checkDeadline(field: string, deadline: NonNullable<PlacementLine['deadline']>, period: ContractPeriod): FieldError[] {
  const { date, contractMonth } = deadline;
  if ((date === undefined) === (contractMonth === undefined)) {
    return [error(field, 'CLAUSE_DEADLINE_DATE_OR_MONTH')];
  }
  if (date !== undefined) return checkDate(`${field}.date`, date, period);
  return contractMonth! > period.durationMonths
    ? [error(`${field}.contractMonth`, 'CLAUSE_MONTH_AFTER_LAST', { month: contractMonth!, months: period.durationMonths })]
    : [];
}

function checkInitiative(p: IntegrationInitiativeParameters, period: ContractPeriod): FieldError[] {
  const errors: FieldError[] = [];
  if (p.milestones.length === 0) errors.push(error('parameters.milestones', 'CLAUSE_NO_MILESTONES'));
  p.milestones.forEach((m, i) => errors.push(...checkDate(`parameters.milestones.${i}.dueDate`, m.dueDate, period)));
  if (p.penalty && p.penalty.capSek < p.penalty.sekPerMissedMilestone) {
    errors.push(error('parameters.penalty.capSek', 'CLAUSE_AT_LEAST_OTHER', { other: 'sekPerMissedMilestone' }));
  }
  return errors;
}
