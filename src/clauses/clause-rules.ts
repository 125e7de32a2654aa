import { addMonths } from '../common/calendar';
import { FieldError } from '../common/errors/api-error';
import {
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementsParameters,
} from './clause.types';
import { minimumFullTimeMonths, WEEKS_PER_MONTH } from './full-time-months';

/** Defaults of the national agency's model; each clause may set its own value. */
export const DEFAULT_EARLY_START_WITHIN_MONTHS = 6;
export const DEFAULT_EARLY_ENDING_CREDIT_PERCENT = 75;

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
  if (type !== ClauseType.Placements) return params;
  const p = params as PlacementsParameters;
  return {
    ...p,
    earlyStartWithinMonths: p.earlyStartWithinMonths ?? DEFAULT_EARLY_START_WITHIN_MONTHS,
    earlyEndingCreditPercent: p.earlyEndingCreditPercent ?? DEFAULT_EARLY_ENDING_CREDIT_PERCENT,
    lines: p.lines.map((line) => ({ ...line, fullTimeMonths: line.fullTimeMonths ?? minimumFullTimeMonths(line) })),
  };
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

const error = (field: string, message: string): FieldError => ({ field, messages: [`${field} ${message}`] });

function checkDate(field: string, date: string, period: ContractPeriod): FieldError[] {
  if (date > period.end) {
    return [error(field, `${date} must not fall after the planned contract end ${period.end} (${period.start} + ${period.durationMonths} months)`)];
  }
  if (date < period.start) return [error(field, `${date} must not fall before the planned contract start ${period.start}`)];
  return [];
}

function checkDialogue(p: DialogueParameters, period: ContractPeriod): FieldError[] {
  const weeks = Math.floor(period.durationMonths * WEEKS_PER_MONTH);
  return p.firstMeetingWithinWeeks > weeks
    ? [error('parameters.firstMeetingWithinWeeks', `must not exceed the contract's ${weeks} weeks`)]
    : [];
}

function checkPlacements(p: PlacementsParameters, period: ContractPeriod): FieldError[] {
  const errors: FieldError[] = [];
  if (p.lines.length === 0) errors.push(error('parameters.lines', 'must contain at least one placement line'));
  p.lines.forEach((line, i) => {
    const at = `parameters.lines.${i}`;
    const { date, contractMonth } = line.deadline;
    if ((date === undefined) === (contractMonth === undefined)) {
      errors.push(error(`${at}.deadline`, 'must have either a date or a contractMonth, not both or neither'));
    } else if (date !== undefined) {
      errors.push(...checkDate(`${at}.deadline.date`, date, period));
    } else if (contractMonth! > period.durationMonths) {
      errors.push(error(`${at}.deadline.contractMonth`, `${contractMonth} must not fall after the contract's last month ${period.durationMonths}`));
    }
    const minimum = minimumFullTimeMonths(line);
    if (line.fullTimeMonths < minimum) {
      errors.push(error(`${at}.fullTimeMonths`, `must be at least ${minimum}: count × minimum length × minimum working time`));
    }
  });
  if (p.earlyStartWithinMonths > period.durationMonths) {
    errors.push(error('parameters.earlyStartWithinMonths', `must not exceed the contract's ${period.durationMonths} months`));
  }
  if (p.bonus?.maxSek !== undefined && p.bonus.maxSek < p.bonus.sekPerExtraFullTimeMonth) {
    errors.push(error('parameters.bonus.maxSek', 'must be at least sekPerExtraFullTimeMonth'));
  }
  return errors;
}

function checkInitiative(p: IntegrationInitiativeParameters, period: ContractPeriod): FieldError[] {
  const errors: FieldError[] = [];
  if (p.milestones.length === 0) errors.push(error('parameters.milestones', 'must contain at least one milestone'));
  p.milestones.forEach((m, i) => errors.push(...checkDate(`parameters.milestones.${i}.dueDate`, m.dueDate, period)));
  return errors;
}
