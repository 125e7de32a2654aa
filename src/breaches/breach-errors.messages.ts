import { defineMessages } from '../common/i18n';

/** Refusals of remedy requests (begäran om rättelse) and their decisions (vite). */
export const BREACH_ERROR_MESSAGES = defineMessages({
  BREACH_STATUS_OPEN: { sv: 'öppen', en: 'OPEN' },
  BREACH_STATUS_DECIDED: { sv: 'beslutad', en: 'DECIDED' },
  BREACH_STATUS_WITHDRAWN: { sv: 'återkallad', en: 'WITHDRAWN' },
  BREACH_DUE_NOT_AFTER_TODAY: { sv: '{field} måste vara senare än i dag ({today})', en: '{field} must be after today ({today})' },
  BREACH_BEFORE_CONTRACT_START: {
    sv: 'Avtalet börjar {startDate}; ett avtalsbrott kan inte påtalas före dess',
    en: 'The contract starts {startDate}; a breach cannot be claimed before then',
  },
  BREACH_ALREADY_OPEN: {
    sv: 'Klausul {number} har redan en öppen begäran om rättelse; besluta om den eller återkalla den först',
    en: 'Clause {number} already has an OPEN remedy request; decide or withdraw it first',
  },
  BREACH_NOT_FOUND: { sv: 'Begäran om rättelse {id} finns inte för klausulen', en: 'Remedy request {id} not found on this clause' },
  BREACH_DECIDED_TOO_EARLY: {
    sv: 'Rättelsetiden löper till {dueDate}; ett beslut kan bedöma siffrorna från den dagen, inte per {asOf}',
    en: 'The remedy period runs to {dueDate}; a decision can judge the figures from that date on, not at {asOf}',
  },
  BREACH_NO_PENALTY_TERMS: {
    sv: 'Klausul {number} anger inget vite; det enda beslutet är att avstå (WAIVED), och avtalets allmänna villkor gäller',
    en: "Clause {number} sets no penalty; the only decision is WAIVED, and the contract's general terms apply",
  },
  BREACH_NOT_OPEN: { sv: 'Begäran om rättelse {id} är {breachStatus}, inte längre öppen', en: 'Remedy request {id} is {breachStatus}, no longer OPEN' },
  BREACH_NO_DECISION: { sv: 'Begäran om rättelse {id} har inget beslut ännu', en: 'Remedy request {id} has no decision yet' },
  BREACH_OUTCOME_VALUES: { sv: '{field} måste vara PENALTY eller WAIVED', en: '{field} must be PENALTY or WAIVED' },
  BREACH_MOTIVATION_REQUIRED: { sv: '{field} måste anges när beslutet är WAIVED', en: '{field} is required when the outcome is WAIVED' },
});
