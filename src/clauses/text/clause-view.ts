import {
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementLine,
  PlacementsParameters,
  TargetGroup,
} from '../clause.types';
import { SupportContact } from '../../contracting-units/support-contact';
import { totalFullTimeMonths } from '../full-time-months';
import { formatNumber, joinList, Lang, LABELS } from './labels';

/** Everything a clause text needs: the clause version and the procurement facts it depends on. */
export interface ClauseTextInput {
  number: number;
  type: ClauseType;
  version: number;
  title: string;
  targetGroups: TargetGroup[];
  parameters: ClauseParameters;
  reportingIntervalMonths: number;
  /** The procurement’s contract penalty (vite) in SEK; null or 0 when it sets none. */
  penaltySek: number | null;
  /** Whom the supplier turns to for support in finding candidates: the contracting unit's registered contact or the default. */
  supportContact?: SupportContact;
}

/** The values the templates print, already in words and the language's number format. */
export function clauseView(input: ClauseTextInput, lang: Lang): Record<string, unknown> {
  const l = LABELS[lang];
  const num = (n: number) => formatNumber(n, lang);
  const common = {
    typeName: l.types[input.type],
    targetGroups: joinList(input.targetGroups.map((g) => l.targetGroups[g]), lang),
    reportingInterval: l.interval(input.reportingIntervalMonths),
    penalty: input.penaltySek ? l.currency(num(input.penaltySek)) : null,
  };
  switch (input.type) {
    case ClauseType.Dialogue: {
      const p = input.parameters as DialogueParameters;
      return {
        ...common,
        firstMeetingWithinWeeks: l.weeks(num(p.firstMeetingWithinWeeks), p.firstMeetingWithinWeeks === 1),
        followUpMeetings: p.followUpMeetings,
        hasFollowUps: p.followUpMeetings > 0,
        cityContact: p.cityContact,
      };
    }
    case ClauseType.Placements: {
      const p = input.parameters as PlacementsParameters;
      return {
        ...common,
        lines: p.lines.map((line) => lineView(line, lang)),
        totalFullTimeMonths: num(totalFullTimeMonths(p.lines)),
        earlyStartWithinMonths: l.months(num(p.earlyStartWithinMonths), p.earlyStartWithinMonths === 1),
        earlyEndingCreditPercent: num(p.earlyEndingCreditPercent),
        bonus: p.bonus && {
          perFullTimeMonth: l.currency(num(p.bonus.sekPerExtraFullTimeMonth)),
          max: p.bonus.maxSek === undefined ? null : l.currency(num(p.bonus.maxSek)),
          genderEqualityMeasures: p.bonus.genderEqualityMeasures ?? null,
        },
      };
    }
    case ClauseType.IntegrationInitiative: {
      const p = input.parameters as IntegrationInitiativeParameters;
      return { ...common, description: p.description, milestones: p.milestones };
    }
  }
}

/**
 * A line with a head count reads "3 × employment"; a line without one states the volume alone, so
 * its kind is worded as the work done ("24 full-time months of employment"). Absent refinements are null.
 */
function lineView(line: PlacementLine, lang: Lang): Record<string, unknown> {
  const l = LABELS[lang];
  const num = (n: number) => formatNumber(n, lang);
  const length = line.minLength;
  return {
    kind: line.count === undefined ? l.volumeKinds[line.kind] : l.placementKinds[line.kind],
    count: line.count ?? null,
    fullTimeMonths: num(line.fullTimeMonths),
    minLength: length ? (length.unit === 'WEEKS' ? l.weeks : l.months)(num(length.value), length.value === 1) : null,
    minWorkingTimePercent: num(line.minWorkingTimePercent),
    deadline: deadlineText(line.deadline, lang),
  };
}

function deadlineText(deadline: PlacementLine['deadline'], lang: Lang): string {
  const l = LABELS[lang];
  if (!deadline) return l.contractEnd;
  return deadline.date ?? l.contractMonth(deadline.contractMonth ?? 0);
}
