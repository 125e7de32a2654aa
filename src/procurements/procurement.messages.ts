import { defineMessages } from '../common/i18n';

/** A procurement's refusals; {procurementStatus} renders through the PROCUREMENT_STATUS_ entries. */
export const PROCUREMENT_MESSAGES = defineMessages({
  PROCUREMENT_STATUS_DRAFT: { sv: 'utkast', en: 'DRAFT' },
  PROCUREMENT_STATUS_PUBLISHED: { sv: 'publicerad', en: 'PUBLISHED' },
  PROCUREMENT_STATUS_AWARDED: { sv: 'tilldelad', en: 'AWARDED' },
  PROCUREMENT_STATUS_COMPLETED: { sv: 'avslutad', en: 'COMPLETED' },
  PROCUREMENT_STATUS_CANCELLED: { sv: 'avbruten', en: 'CANCELLED' },
  PROCUREMENT_REFERENCE_FORMAT: { sv: '{field} måste vara ett diarienummer, t.ex. AMN 2026-0178', en: '{field} must be a diary number such as AMN 2026-0178' },
  PROCUREMENT_CPV_FORMAT: { sv: '{field} måste vara en CPV-kod, t.ex. 90910000-9', en: '{field} must be a CPV code such as 90910000-9' },
  PROCUREMENT_NOT_FOUND: { sv: 'Upphandlingen {id} finns inte', en: 'Procurement {id} not found' },
  PROCUREMENT_REFERENCE_TAKEN: {
    sv: 'Det finns redan en upphandling med diarienumret {referenceNumber} ({id})',
    en: 'A procurement with reference number {referenceNumber} already exists ({id})',
  },
  PROCUREMENT_ONLY_DRAFT_CHANGES: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; bara ett utkast kan ändras',
    en: 'Procurement {referenceNumber} is {procurementStatus}; only a draft can be changed',
  },
  PROCUREMENT_SCREENING_ON_DRAFT: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; beslutet om sociala krav fattas på utkastet',
    en: 'Procurement {referenceNumber} is {procurementStatus}; the screening decision is made on the draft',
  },
  PROCUREMENT_ALREADY_IN_STATUS: {
    sv: 'Upphandlingen {referenceNumber} är redan {procurementStatus}',
    en: 'Procurement {referenceNumber}: the procurement is already {procurementStatus}',
  },
  PROCUREMENT_ONLY_DRAFT_PUBLISHED: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; bara ett utkast kan publiceras',
    en: 'Procurement {referenceNumber}: a {procurementStatus} procurement cannot become PUBLISHED: only a draft can be published',
  },
  PROCUREMENT_ONLY_PUBLISHED_AWARDED: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; bara en publicerad upphandling kan tilldelas',
    en: 'Procurement {referenceNumber}: a {procurementStatus} procurement cannot become AWARDED: only a published procurement can be awarded',
  },
  PROCUREMENT_ONLY_AWARDED_COMPLETED: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; bara en tilldelad upphandling kan avslutas',
    en: 'Procurement {referenceNumber}: a {procurementStatus} procurement cannot become COMPLETED: only an awarded procurement can be completed',
  },
  PROCUREMENT_CANNOT_CANCEL: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; en avslutad eller avbruten upphandling kan inte avbrytas',
    en: 'Procurement {referenceNumber}: a {procurementStatus} procurement cannot become CANCELLED: a completed or cancelled procurement cannot be cancelled',
  },
  PROCUREMENT_NO_RETURN_TO_DRAFT: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; ingen upphandling går tillbaka till utkast',
    en: 'Procurement {referenceNumber}: a {procurementStatus} procurement cannot become DRAFT: no procurement returns to draft',
  },
  PUBLICATION_NO_DECISION: {
    sv: 'Upphandlingen {referenceNumber} kan inte publiceras: inget beslut om sociala krav är registrerat (POST /api/procurements/{id}/screening-decisions)',
    en: 'Procurement {referenceNumber} cannot be published: no screening decision is recorded (POST /api/procurements/{id}/screening-decisions)',
  },
  PUBLICATION_DECISION_WITHOUT_CLAUSES: {
    sv: 'Upphandlingen {referenceNumber} kan inte publiceras: beslutet ställer sociala krav, men upphandlingen har inga klausuler',
    en: 'Procurement {referenceNumber} cannot be published: the screening decision sets clauses, but the procurement has none',
  },
  PUBLICATION_CLAUSES_WITHOUT_DECISION: {
    sv: 'Upphandlingen {referenceNumber} kan inte publiceras: beslutet ställer inga sociala krav, men upphandlingen har {count} klausuler; registrera ett nytt beslut eller ta bort dem',
    en: 'Procurement {referenceNumber} cannot be published: the screening decision sets no clause, but the procurement has {count}; record a new decision or remove them',
  },
  // {details}: the clause's field errors, which the answer also carries as `fields`.
  PUBLICATION_CLAUSE_INVALID: {
    sv: 'Upphandlingen {referenceNumber} kan inte publiceras: klausul {number}: {details}',
    en: 'Procurement {referenceNumber} cannot be published: clause {number}: {details}',
  },
  PUBLISHED_ON_AFTER_TODAY: {
    sv: '{field} {publishedOn} får inte vara senare än i dag {today}',
    en: '{field} {publishedOn} must not be after today {today}',
  },
  START_BEFORE_PUBLICATION: {
    sv: '{field} {startDate} får inte vara före publiceringsdagen {publishedOn}',
    en: '{field} {startDate} must not be before the publication date {publishedOn}',
  },
});
