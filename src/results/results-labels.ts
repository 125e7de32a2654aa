import { ClauseType } from '../clauses/clause.types';
import { AgeBand, Gender } from '../reporting/reporting.types';

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
