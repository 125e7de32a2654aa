import { defineMessages } from '../common/i18n';
import '../procurements/procurement.messages';

/** A clause's parameter rules and refusals. */
export const CLAUSE_MESSAGES = defineMessages({
  CLAUSE_DATE_AFTER_END: {
    sv: '{field} {date} får inte infalla efter det planerade avtalsslutet {end} ({start} + {months} månader)',
    en: '{field} {date} must not fall after the planned contract end {end} ({start} + {months} months)',
  },
  CLAUSE_DATE_BEFORE_START: {
    sv: '{field} {date} får inte infalla före den planerade avtalsstarten {start}',
    en: '{field} {date} must not fall before the planned contract start {start}',
  },
  CLAUSE_WEEKS_EXCEED_CONTRACT: { sv: '{field} får inte överstiga avtalets {weeks} veckor', en: "{field} must not exceed the contract's {weeks} weeks" },
  CLAUSE_MONTHS_EXCEED_CONTRACT: { sv: '{field} får inte överstiga avtalets {months} månader', en: "{field} must not exceed the contract's {months} months" },
  CLAUSE_AT_LEAST_OTHER: { sv: '{field} måste vara minst {other}', en: '{field} must be at least {other}' },
  CLAUSE_NO_LINES: { sv: '{field} måste innehålla minst en rad med platser', en: '{field} must contain at least one placement line' },
  CLAUSE_NO_MILESTONES: { sv: '{field} måste innehålla minst en delmålspunkt', en: '{field} must contain at least one milestone' },
  CLAUSE_VOLUME_REQUIRED: {
    sv: '{field} måste anges om inte både count och minLength anges',
    en: '{field} is required unless both count and minLength are given',
  },
  CLAUSE_VOLUME_TOO_SMALL: {
    sv: '{field} måste vara minst {minimum}: antal × minsta längd × minsta arbetstid',
    en: '{field} must be at least {minimum}: count × minimum length × minimum working time',
  },
  CLAUSE_DEADLINE_DATE_OR_MONTH: {
    sv: '{field} måste ha antingen ett datum (date) eller en avtalsmånad (contractMonth), inte båda eller ingen',
    en: '{field} must have either a date or a contractMonth, not both or neither',
  },
  CLAUSE_MONTH_AFTER_LAST: {
    sv: '{field} {month} får inte infalla efter avtalets sista månad {months}',
    en: "{field} {month} must not fall after the contract's last month {months}",
  },
  CLAUSE_ADD_ONLY_TO_DRAFT: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}: klausuler kan bara läggas till i ett utkast; ändra en befintlig klausul för att skapa en ny version',
    en: 'Procurement {referenceNumber} is {procurementStatus}: clauses can be added only to a draft; change an existing clause to make a new version',
  },
  CLAUSE_NO_LONGER_CHANGES: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}: dess klausuler kan inte längre ändras',
    en: 'Procurement {referenceNumber} is {procurementStatus}: its clauses can no longer change',
  },
  CLAUSE_CHANGE_REASON_REQUIRED: {
    sv: '{field} måste anges: upphandlingen är publicerad, så en ändring skapar en ny version av klausulen',
    en: '{field} is required: the procurement is published, so a change makes a new clause version',
  },
  CLAUSE_PUBLISHED_NOT_REMOVED: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}: en publicerad klausul kan inte tas bort',
    en: 'Procurement {referenceNumber} is {procurementStatus}: a published clause cannot be removed',
  },
  CLAUSE_NOT_FOUND: { sv: 'Klausulen {id} finns inte', en: 'Clause {id} not found' },
  CLAUSE_VERSION_NOT_FOUND: { sv: 'Klausul {number} har ingen version {version}', en: 'Clause {number} has no version {version}' },
  CLAUSE_NO_CURRENT_VERSION: { sv: 'Klausul {number} har ingen aktuell version', en: 'Clause {number} has no current version' },
  CLAUSE_NO_PUBLISHED_VERSION: { sv: 'Klausul {number} har ingen publicerad version', en: 'Clause {number} has no published version' },
  CLAUSE_NOT_ON_CONTRACT: { sv: 'Klausulen {clauseId} finns inte i avtalet {contractId}', en: 'Clause {clauseId} not found on contract {contractId}' },
});
