import {
  CityContact,
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementKind,
  PlacementLine,
  PlacementsParameters,
  TargetGroup,
} from '../clause.types';
import { remedyDaysOf } from '../clause-rules';
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
  /** The procurement's buyer, "Beställaren" of the text: the city or a city company. */
  buyerName: string;
  /** Whom the supplier asks for help to find candidates: the contracting unit's registered contact, or the default. */
  supportContact: SupportContact;
}

/** Praktik and APL are not employments: the employment protection act does not govern them. */
const NOT_EMPLOYMENT: ReadonlySet<PlacementKind> = new Set([PlacementKind.Internship, PlacementKind.Apl]);

type Penalty = { sekPerUnit: number; capSek: number } | null;

/**
 * The values the templates print, already in words and the language's number format. Every key is
 * present (null when absent): the templates are compiled strict, so a misspelt name throws.
 */
export function clauseView(input: ClauseTextInput, lang: Lang): Record<string, unknown> {
  const l = LABELS[lang];
  const num = (n: number) => formatNumber(n, lang);
  const remedyDays = remedyDaysOf(input.parameters);
  const common = {
    typeName: l.types[input.type],
    buyerName: input.buyerName,
    targetGroups: joinList(input.targetGroups.map((g) => l.targetGroups[g]), lang, 'or'),
    oneGroup: input.targetGroups.length === 1,
    reportingInterval: l.interval(input.reportingIntervalMonths),
    supportContact: contactText(input.supportContact, lang),
    remedyDays: l.days(num(remedyDays), remedyDays === 1),
  };
  const penalty = (terms: Penalty) =>
    terms && { perUnit: l.currency(num(terms.sekPerUnit)), unit: l.penaltyUnits[input.type], cap: l.currency(num(terms.capSek)) };
  switch (input.type) {
    case ClauseType.Dialogue: {
      const p = input.parameters as DialogueParameters;
      return {
        ...common,
        penalty: penalty(p.penalty ? { sekPerUnit: p.penalty.sekPerMissedMeeting, capSek: p.penalty.capSek } : null),
        firstMeetingWithinWeeks: l.weeks(num(p.firstMeetingWithinWeeks), p.firstMeetingWithinWeeks === 1),
        followUpMeetings: l.followUpMeetings(num(p.followUpMeetings), p.followUpMeetings === 1),
        hasFollowUps: p.followUpMeetings > 0,
        cityContact: contactText(p.cityContact, lang),
      };
    }
    case ClauseType.Placements: {
      const p = input.parameters as PlacementsParameters;
      return {
        ...common,
        penalty: penalty(p.penalty ? { sekPerUnit: p.penalty.sekPerMissingFullTimeMonth, capSek: p.penalty.capSek } : null),
        lines: p.lines.map((line) => lineView(line, lang)),
        hasEmployment: p.lines.some((line) => !NOT_EMPLOYMENT.has(line.kind)),
        hasTraineeship: p.lines.some((line) => NOT_EMPLOYMENT.has(line.kind)),
        totalFullTimeMonths: num(totalFullTimeMonths(p.lines)),
        earlyStartWithinMonths: l.months(num(p.earlyStartWithinMonths), p.earlyStartWithinMonths === 1),
        earlyEndingCreditPercent: num(p.earlyEndingCreditPercent),
        bonus: p.bonus
          ? {
              perFullTimeMonth: l.currency(num(p.bonus.sekPerExtraFullTimeMonth)),
              max: p.bonus.maxSek === undefined ? null : l.currency(num(p.bonus.maxSek)),
              genderEqualityMeasures: p.bonus.genderEqualityMeasures ?? null,
            }
          : null,
      };
    }
    case ClauseType.IntegrationInitiative: {
      const p = input.parameters as IntegrationInitiativeParameters;
      return {
        ...common,
        penalty: penalty(p.penalty ? { sekPerUnit: p.penalty.sekPerMissedMilestone, capSek: p.penalty.capSek } : null),
        description: p.description,
        milestones: p.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, description: m.description || null })),
      };
    }
  }
}

/** "Jobbtorg Stockholm, Åsa Öberg, e-post jobbtorg@stockholm.se, tel. 08-508 00 508": the parts that are given. */
function contactText(contact: CityContact, lang: Lang): string {
  const words = LABELS[lang].contact;
  return [
    contact.unit,
    contact.name,
    contact.email && `${words.email} ${contact.email}`,
    contact.phone && `${words.phone} ${contact.phone}`,
  ]
    .filter(Boolean)
    .join(', ');
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
