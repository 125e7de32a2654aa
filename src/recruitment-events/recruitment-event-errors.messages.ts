import { defineMessages } from '../common/i18n';

/** Refusals of recruitment events (rekryteringstillfällen). */
export const RECRUITMENT_EVENT_ERROR_MESSAGES = defineMessages({
  RECRUITMENT_EVENT_NOT_FOUND: { sv: 'Rekryteringstillfället {id} finns inte', en: 'Recruitment event {id} not found' },
  RECRUITMENT_EVENT_UNKNOWN_PARTICIPANTS: {
    sv: '{field} innehåller okända id: {ids}',
    en: '{field} contains unknown ids: {ids}',
  },
  RECRUITMENT_EVENT_ATTENDANCE_UNIQUE: {
    sv: '{field} får ha högst en rad per kön och åldersgrupp',
    en: '{field} may have at most one row per gender and age band',
  },
});
