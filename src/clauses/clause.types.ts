/**
 * The three clause types of the city's model (see SPEC "The three clause types") and the shape of
 * each type's parameters, stored as jsonb on a clause version.
 */
export enum ClauseType {
  Dialogue = 'DIALOGUE',
  Placements = 'PLACEMENTS',
  IntegrationInitiative = 'INTEGRATION_INITIATIVE',
}

export enum TargetGroup {
  Newcomer = 'NEWCOMER',
  LongTermUnemployed = 'LONG_TERM_UNEMPLOYED',
  ShortEducation = 'SHORT_EDUCATION',
  Disability = 'DISABILITY',
  Youth = 'YOUTH',
  ForeignBornWomen = 'FOREIGN_BORN_WOMEN',
}

export enum PlacementKind {
  Employment = 'EMPLOYMENT',
  Internship = 'INTERNSHIP',
  /** Arbetsplatsförlagt lärande: work-based learning. */
  Apl = 'APL',
  /** Extratjänst for young newcomers 16–29. */
  ExtraJob = 'EXTRA_JOB',
  SummerJob = 'SUMMER_JOB',
}

export interface CityContact {
  name?: string;
  unit: string;
  email?: string;
  phone?: string;
}

export interface DialogueParameters {
  /** The first meeting must be held within this many weeks of contract start. */
  firstMeetingWithinWeeks: number;
  followUpMeetings: number;
  cityContact: CityContact;
}

/**
 * One requirement of a placements clause. The national model states it as full-time months alone;
 * a head count, a minimum length and a deadline are optional refinements.
 */
export interface PlacementLine {
  kind: PlacementKind;
  /** Required number of placements (head count); absent when the volume alone is required. */
  count?: number;
  /** Required volume in full-time months (months × working-time share), summed over the placements. */
  fullTimeMonths: number;
  /** Shortest agreed length a placement must have to count; absent = any length. */
  minLength?: { value: number; unit: 'MONTHS' | 'WEEKS' };
  /** Minimum working time as % of full time. */
  minWorkingTimePercent: number;
  /** Placements count when started by this date, or by this month of the contract (1 = the first month); absent = contract end. */
  deadline?: { date?: string; contractMonth?: number };
}

export interface PlacementsParameters {
  lines: PlacementLine[];
  /** At least one placement started or offered within this many months of contract start. */
  earlyStartWithinMonths: number;
  /** An employment that ends early still counts this % of its agreed time. */
  earlyEndingCreditPercent: number;
  /** Optional top-level bonus for employment beyond the requirement. */
  bonus?: { sekPerExtraFullTimeMonth: number; maxSek?: number; genderEqualityMeasures?: string };
}

export interface Milestone {
  title: string;
  dueDate: string;
  description?: string;
}

export interface IntegrationInitiativeParameters {
  description: string;
  milestones: Milestone[];
}

export type ClauseParameters = DialogueParameters | PlacementsParameters | IntegrationInitiativeParameters;
