import { defineMessages } from '../common/i18n';

/** The results' period. */
export const RESULTS_MESSAGES = defineMessages({
  RESULTS_YEAR_RANGE: { sv: '{field} måste vara ett datum under åren 2000–2100', en: '{field} must be a date in the years 2000–2100' },
});
