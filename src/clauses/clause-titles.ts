import { ClauseType } from './clause.types';

/** Default clause titles (Swedish, as in the city's tender documents). */
export const DEFAULT_CLAUSE_TITLES: Record<ClauseType, string> = {
  [ClauseType.Dialogue]: 'Krav på dialog om sysselsättning',
  [ClauseType.Placements]: 'Sysselsättningskrav',
  [ClauseType.IntegrationInitiative]: 'Integrationsinitiativ',
};
