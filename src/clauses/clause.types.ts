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
  /** Extrajobb (the seed's word): a job for young newcomers 16–29. */
  ExtraJob = 'EXTRA_JOB',
  SummerJob = 'SUMMER_JOB',
}

export interface CityContact {
  name?: string;
  unit: string;
  email?: string;
  phone?: string;
}

/**
 * Breach terms shared by every clause type: remedy first (rättelse), then a proportionate penalty
 * (vite). The remedy period runs from the buyer's written remedy request.
 */
export interface RemedyTerms {
  /** Days the supplier has to remedy a breach after a written remedy request; absent in versions published before it existed (read as 30). */
  remedyDays?: number;
}

/** A penalty per missing unit of the clause's requirement, and the most it can amount to under the clause in total. */
export interface PenaltyTerms {
  /** The most all penalty decisions under this clause can claim together, in SEK. */
  capSek: number;
}

export interface DialoguePenaltyTerms extends PenaltyTerms {
  /** SEK per required meeting not held by the decision date. */
  sekPerMissedMeeting: number;
}

export interface PlacementsPenaltyTerms extends PenaltyTerms {
  /** SEK per full-time month missing of the volume due by the decision date (fractions pro rata). */
  sekPerMissingFullTimeMonth: number;
}

export interface InitiativePenaltyTerms extends PenaltyTerms {
  /** SEK per milestone due by the decision date and not completed. */
  sekPerMissedMilestone: number;
}

export interface DialogueParameters extends RemedyTerms {
  /** The first meeting must be held within this many weeks of contract start. */
  firstMeetingWithinWeeks: number;
  followUpMeetings: number;
  cityContact: CityContact;
  /** Absent: no penalty; a breach is handled under the contract's general terms after the remedy period. */
  penalty?: DialoguePenaltyTerms;
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

export interface PlacementsParameters extends RemedyTerms {
  lines: PlacementLine[];
  /** At least one placement started or offered within this many months of contract start. */
  earlyStartWithinMonths: number;
  /**
   * The early-ending condition: an employment ended early by the employee or for just cause counts its
   * whole agreed time when at least this % of it was worked; otherwise only the time worked counts.
   */
  earlyEndingCreditPercent: number;
  /** Optional top-level bonus for employment beyond the requirement. */
  bonus?: { sekPerExtraFullTimeMonth: number; maxSek?: number; genderEqualityMeasures?: string };
  /** Absent: no penalty; a breach is handled under the contract's general terms after the remedy period. */
  penalty?: PlacementsPenaltyTerms;
}

export interface Milestone {
  title: string;
  dueDate: string;
  description?: string;
}

export interface IntegrationInitiativeParameters extends RemedyTerms {
  description: string;
  milestones: Milestone[];
  /** Absent: no penalty; a breach is handled under the contract's general terms after the remedy period. */
  penalty?: InitiativePenaltyTerms;
}

export type ClauseParameters = DialogueParameters | PlacementsParameters | IntegrationInitiativeParameters;
