import { addMonths, firstOfMonth } from '../common/calendar';
import { ContractPlan } from './city-contracts';
import { UNITS } from './city-facts';

/** Procurements that never reached an award (or were stopped): how far each got. */
export type Stage = 'DRAFT' | 'SCREENED' | 'PUBLISHED' | 'CANCELLED';

export interface ProcurementPlan {
  stage: Stage;
  unit: number;
  title: string;
  kind: 'SERVICES' | 'WORKS' | 'GOODS';
  valueSek: number;
  months: number;
  labour: 'LOW' | 'MEDIUM' | 'HIGH';
  /** Whether the screening sets clauses (and the draft has them). */
  clauses: boolean;
}

export const OTHER_PROCUREMENTS: ProcurementPlan[] = [
  { stage: 'DRAFT', unit: 0, title: 'Vaktmästeri på Jobbtorg Stockholm', kind: 'SERVICES', valueSek: 6_000_000, months: 24, labour: 'HIGH', clauses: true },
  { stage: 'DRAFT', unit: 1, title: 'Fönsterputs i kommunala fastigheter', kind: 'SERVICES', valueSek: 9_500_000, months: 36, labour: 'HIGH', clauses: false },
  { stage: 'DRAFT', unit: 3, title: 'Läromedel i svenska som andraspråk', kind: 'GOODS', valueSek: 3_200_000, months: 24, labour: 'LOW', clauses: false },
  { stage: 'DRAFT', unit: 5, title: 'Drift av Eriksdalsbadets café', kind: 'SERVICES', valueSek: 4_800_000, months: 36, labour: 'MEDIUM', clauses: true },
  { stage: 'DRAFT', unit: 2, title: 'Vinterväghållning i Västerort', kind: 'SERVICES', valueSek: 55_000_000, months: 48, labour: 'HIGH', clauses: false },
  { stage: 'SCREENED', unit: 2, title: 'Gatsopning i innerstaden', kind: 'SERVICES', valueSek: 38_000_000, months: 36, labour: 'HIGH', clauses: true },
  { stage: 'SCREENED', unit: 4, title: 'Tvätt av arbetskläder för hemtjänsten', kind: 'SERVICES', valueSek: 7_400_000, months: 24, labour: 'MEDIUM', clauses: true },
  { stage: 'SCREENED', unit: 3, title: 'Datorer till grundskolan', kind: 'GOODS', valueSek: 21_000_000, months: 24, labour: 'LOW', clauses: false },
  { stage: 'SCREENED', unit: 1, title: 'Målning av trapphus i Rinkeby', kind: 'WORKS', valueSek: 12_000_000, months: 18, labour: 'HIGH', clauses: true },
  { stage: 'PUBLISHED', unit: 0, title: 'Kompetensutveckling för arbetssökande', kind: 'SERVICES', valueSek: 15_000_000, months: 36, labour: 'HIGH', clauses: true },
  { stage: 'PUBLISHED', unit: 5, title: 'Snöröjning av idrottsanläggningar', kind: 'SERVICES', valueSek: 8_800_000, months: 36, labour: 'HIGH', clauses: true },
  { stage: 'PUBLISHED', unit: 4, title: 'Inköp av hjälpmedel', kind: 'GOODS', valueSek: 5_000_000, months: 24, labour: 'LOW', clauses: false },
  { stage: 'CANCELLED', unit: 2, title: 'Parkeringsövervakning i Östermalm', kind: 'SERVICES', valueSek: 30_000_000, months: 48, labour: 'MEDIUM', clauses: false },
  { stage: 'CANCELLED', unit: 1, title: 'Rivning av paviljong i Skärholmen', kind: 'WORKS', valueSek: 2_500_000, months: 6, labour: 'MEDIUM', clauses: true },
  { stage: 'DRAFT', unit: 4, title: 'Hemtjänstens nyckelhantering', kind: 'SERVICES', valueSek: 1_900_000, months: 24, labour: 'LOW', clauses: false },
];

/** The diary number's unit prefix, e.g. AMN for Arbetsmarknadsnämnden. */
const PREFIXES = ['AMN', 'FN', 'TN', 'UTN', 'ÄN', 'IDN'];

/** The n-th diary number of a unit, in the demo's own series (9000 and up), e.g. AMN 2026-9001. */
export const diaryNumber = (unit: number, n: number, today: string): string => `${PREFIXES[unit]} ${today.slice(0, 4)}-${9000 + n}`;

export function procurementBody(plan: Pick<ProcurementPlan, 'unit' | 'title' | 'kind' | 'valueSek' | 'months' | 'labour'>, reference: string): Record<string, unknown> {
  return {
    referenceNumber: reference,
    title: plan.title,
    description: `${plan.title}. Uppdraget utförs i Stockholms stad och följs upp kvartalsvis.`,
    contractingUnit: UNITS[plan.unit].name,
    kind: plan.kind,
    estimatedValueSek: plan.valueSek,
    durationMonths: plan.months,
    labourIntensity: plan.labour,
    frameworkAgreement: false,
  };
}

export function screeningBody(clausesSet: boolean): Record<string, unknown> {
  return {
    clausesSet,
    motivation: clausesSet ? 'Personalintensivt uppdrag under flera år med arbete i Stockholm.' : 'Varuleverans eller kort uppdrag utan arbete av betydelse i Stockholm.',
    politicalMandate: true,
    matchingContact: clausesSet,
    regionalNetwork: false,
  };
}

const CITY_CONTACT = { unit: 'Jobbtorg Stockholm', email: 'jobbtorg@demo.stockholm.se' };

/** The employment clause of an awarded contract: a head count, or full-time months with a penalty. */
export function placementsClause(plan: Pick<ContractPlan, 'requirement' | 'months'>): Record<string, unknown> {
  const deadline = { contractMonth: Math.min(18, plan.months) };
  const line = 'count' in plan.requirement
    ? { kind: 'EMPLOYMENT', count: plan.requirement.count, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 50, deadline }
    : { kind: 'EMPLOYMENT', fullTimeMonths: plan.requirement.fullTimeMonths, minWorkingTimePercent: 50, deadline };
  const internships = 'count' in plan.requirement && plan.requirement.internships
    ? [{ kind: 'INTERNSHIP', count: plan.requirement.internships, minLength: { value: 8, unit: 'WEEKS' }, minWorkingTimePercent: 100 }]
    : [];
  const penalty = 'fullTimeMonths' in plan.requirement ? { remedyDays: 30, penalty: { sekPerMissingFullTimeMonth: 20_000, capSek: 300_000 } } : {};
  return {
    type: 'PLACEMENTS',
    title: 'Sysselsättningskrav: anställningar och praktik',
    targetGroups: ['LONG_TERM_UNEMPLOYED', 'NEWCOMER', 'YOUTH'],
    parameters: { lines: [line, ...internships], earlyStartWithinMonths: 6, earlyEndingCreditPercent: 75, ...penalty },
  };
}

export const dialogueClause = (): Record<string, unknown> => ({
  type: 'DIALOGUE',
  title: 'Dialog om rekrytering med Jobbtorg Stockholm',
  targetGroups: ['NEWCOMER', 'LONG_TERM_UNEMPLOYED'],
  parameters: { firstMeetingWithinWeeks: 8, followUpMeetings: 2, cityContact: CITY_CONTACT },
});

export const MILESTONES = ['Mentorprogrammet startat', 'Första gruppen mentorskap avslutad'];

/** Milestones a few months and a year ahead: a draft's dates may not lie in the past. */
export const initiativeClause = (today: string): Record<string, unknown> => ({
  type: 'INTEGRATION_INITIATIVE',
  title: 'Mentorprogram för unga i ytterstaden',
  targetGroups: ['YOUTH'],
  parameters: {
    description: 'Leverantören driver ett mentorprogram för unga arbetssökande tillsammans med stadens fritidsgårdar.',
    milestones: [
      { title: MILESTONES[0], dueDate: addMonths(firstOfMonth(today), 3) },
      { title: MILESTONES[1], dueDate: addMonths(firstOfMonth(today), 12) },
    ],
  },
});
