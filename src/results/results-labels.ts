import { ClauseType } from '../clauses/clause.types';
import { NotHiredReason } from '../matching/matching.types';
import { AgeBand, Gender } from '../reporting/reporting.types';
import { JobbpartnerMeasure } from './matching-results';

/** Swedish wording of the seed's measures ("Social klausul i upphandling") and their categories. */
export const MEASURE = {
  published: 'Publicerade upphandlingar',
  withClauses: '1. Upphandlingar där krav på sysselsättningsfrämjande insatser ställs',
  withDialogue: '2. Upphandlingar där krav med dialog tillämpas',
  withPlacements: '3. Upphandlingar där krav med platser tillämpas',
  withIntegrationInitiative: 'Upphandlingar med krav på integrationsinitiativ',
  offered: '4. Erbjudna arbetstillfällen',
  filled: '5. Tillsatta arbetstillfällen',
  counting: 'Tillsatta arbetstillfällen som räknas mot krav',
  fullTimeMonths: 'Heltidsmånader arbetade som räknas mot krav',
} as const;

/** The breach decisions of the period, as the CSV names them. */
export const PENALTY_MEASURE = {
  decisions: 'Beslut efter begäran om rättelse',
  penaltyDecisions: 'Beslut om vite',
  waivedDecisions: 'Beslut utan vite',
  amountSek: 'Beslutade viten (kronor)',
} as const;

export const GENDER_LABEL: Record<Gender, string> = {
  [Gender.Woman]: 'Kvinna',
  [Gender.Man]: 'Man',
  [Gender.Other]: 'Annat',
  [Gender.NotStated]: 'Ej angivet',
};

export const AGE_BAND_LABEL: Record<AgeBand, string> = {
  [AgeBand.From16To19]: '16–19 år',
  [AgeBand.From20To24]: '20–24 år',
  [AgeBand.From25To29]: '25–29 år',
  [AgeBand.From30To49]: '30–49 år',
  [AgeBand.From50]: '50 år och äldre',
};

export const programmeLabel = (member: boolean): string =>
  member ? 'I etableringsprogrammet' : 'Ej i etableringsprogrammet';

export const CLAUSE_TYPE_LABEL: Record<ClauseType, string> = {
  [ClauseType.Dialogue]: 'Dialog',
  [ClauseType.Placements]: 'Platser',
  [ClauseType.IntegrationInitiative]: 'Integrationsinitiativ',
};

/** Swedish number formatting: decimal comma, one decimal for non-integers. */
export function swedishNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');
}

/** The seed's Jobbpartner measures ("Resultat Jobbpartnerskap"): what is offered and filled. */
export const JOBBPARTNER_MEASURE_LABEL: Record<JobbpartnerMeasure, string> = {
  [JobbpartnerMeasure.Jobs]: 'arbetstillfällen',
  [JobbpartnerMeasure.AplPlaces]: 'APL-platser',
  [JobbpartnerMeasure.InternshipsAdultNewcomers]: 'praktikplatser till vuxna nyanlända',
  [JobbpartnerMeasure.InternshipsYoungNewcomers]: 'praktikplatser till unga nyanlända (16–29 år)',
  [JobbpartnerMeasure.ExtraJobsYoungNewcomers]: 'extrajobb till unga nyanlända (16–29 år)',
  [JobbpartnerMeasure.Other]: 'praktikplatser till övriga målgrupper',
};

export const jobbpartnerOfferedLabel = (measure: JobbpartnerMeasure): string => `Jobbpartner: erbjudna ${JOBBPARTNER_MEASURE_LABEL[measure]}`;
export const jobbpartnerFilledLabel = (measure: JobbpartnerMeasure): string => `Jobbpartner: tillsatta ${JOBBPARTNER_MEASURE_LABEL[measure]}`;

/** The Jobbpartner agreements and recruitment events, and the matching figures, as the CSV and the annual report name them. */
export const MATCHING_MEASURE = {
  agreementsSigned: 'Tecknade Jobbpartnerskap',
  events: 'Rekryteringstillfällen',
  attendees: 'Deltagare vid rekryteringstillfällen',
  eventInterviews: 'Intervjuer vid rekryteringstillfällen',
  eventOffers: 'Erbjudanden vid rekryteringstillfällen',
  eventHires: 'Anställningar vid rekryteringstillfällen',
  vacancies: 'Matchning: annonserade lediga jobb',
  positions: 'Matchning: platser i annonserade lediga jobb',
  referred: 'Matchning: anvisade kandidater',
  interviewed: 'Matchning: intervjuade',
  offered: 'Matchning: erbjudna',
  hired: 'Matchning: anställda',
  notHired: 'Matchning: ej anställda',
  daysToHireMedian: 'Matchning: dagar från annons till anställning, median',
  daysToHireMean: 'Matchning: dagar från annons till anställning, medelvärde',
  clausePlacementsFilled: 'Tillsatta arbetstillfällen i klausuler',
  clausePlacementsThroughMatching: 'Tillsatta arbetstillfällen i klausuler via stadens matchning',
  sharePercent: 'Andel tillsatta arbetstillfällen i klausuler via stadens matchning (%)',
  memberAgreement: 'Jobbpartnerskap tecknat under perioden (1 = ja)',
} as const;

export const NOT_HIRED_REASON_LABEL: Record<NotHiredReason, string> = {
  [NotHiredReason.DidNotAttend]: 'Kom inte till intervjun',
  [NotHiredReason.CandidateDeclined]: 'Kandidaten tackade nej',
  [NotHiredReason.RequirementsNotMet]: 'Uppfyllde inte kraven',
  [NotHiredReason.OtherCandidateChosen]: 'Annan kandidat valdes',
  [NotHiredReason.VacancyClosed]: 'Jobbet stängdes',
  [NotHiredReason.Other]: 'Annat skäl',
};

/** A vacancy tied to no contract has no contracting unit. */
export const NO_UNIT = 'Ingen enhet';
