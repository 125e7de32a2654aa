import { defineMessages } from '../common/i18n';

/** Refusals of the supplier's follow-up: reports, placements, evidence, periods, recovery plans. */
export const REPORT_ERROR_MESSAGES = defineMessages({
  TAKEN_BACK_WITHDRAWN: { sv: 'återkallad', en: 'withdrawn' },
  TAKEN_BACK_VOIDED: { sv: 'makulerad', en: 'voided' },
  REPORT_TAKEN_BACK_NO_CORRECTION: {
    sv: 'Rapporten är {takenBack} och kan inte längre rättas',
    en: 'This report was {takenBack} and can no longer be corrected',
  },
  REPORT_ACCEPTED_NO_CORRECTION: {
    sv: 'Rapporten är godkänd och kan inte längre rättas; bara paktens kansli kan makulera den, med en motivering',
    en: 'This report is verified (ACCEPTED) and can no longer be corrected; only the pact office can void it, with a reason',
  },
  REPORT_TAKEN_BACK_NO_VERIFICATION: {
    sv: 'Rapporten är {takenBack} och kan inte längre granskas',
    en: 'This report was {takenBack} and can no longer be verified',
  },
  REPORT_ALREADY_TAKEN_BACK: { sv: 'Rapporten är redan {takenBack}', en: 'This report was already {takenBack}' },
  REPORT_ACCEPTED_NO_WITHDRAWAL: {
    sv: 'Rapporten är godkänd; bara paktens kansli kan makulera den, med en motivering',
    en: 'This report is verified (ACCEPTED); only the pact office can void it, with a reason',
  },
  REPORT_NOT_FOUND: { sv: 'Rapporten {id} finns inte', en: 'Report {id} not found' },
  REPORT_NOT_ON_CONTRACT: { sv: 'Rapporten {reportId} finns inte i avtalet {contractId}', en: 'Report {reportId} not found on contract {contractId}' },
  REPORT_WRONG_CLAUSE_TYPE: {
    sv: '{field} anger en klausul av typen {actual}; rapporten hör till en klausul av typen {expected}',
    en: '{field} names a {actual} clause; this report belongs on a {expected} clause',
  },
  REPORT_TYPE_UNKNOWN: { sv: '{field} måste vara ett av {allowed}', en: '{field} must be one of {allowed}' },
  MILESTONE_UNKNOWN: {
    sv: '{field} måste vara en av klausulens delmålspunkter: {titles}',
    en: "{field} must be one of the clause's milestones: {titles}",
  },
  COMPLETED_ON_REQUIRED: { sv: '{field} måste anges när progressStatus är COMPLETED', en: '{field} is required when progressStatus is COMPLETED' },
  COMPLETED_ON_ONLY_WHEN_COMPLETED: {
    sv: '{field} anges bara när progressStatus är COMPLETED',
    en: '{field} is only set when progressStatus is COMPLETED',
  },
  FOLLOW_UP_STATUS_NOT_STARTED: { sv: 'ej påbörjad', en: 'NOT_STARTED' },
  FOLLOW_UP_STATUS_ON_TRACK: { sv: 'enligt plan', en: 'ON_TRACK' },
  FOLLOW_UP_STATUS_AT_RISK: { sv: 'i riskzonen', en: 'AT_RISK' },
  FOLLOW_UP_STATUS_FULFILLED: { sv: 'uppfylld', en: 'FULFILLED' },
  FOLLOW_UP_STATUS_NOT_FULFILLED: { sv: 'inte uppfylld', en: 'NOT_FULFILLED' },
  RECOVERY_PLAN_ONLY_AT_RISK: {
    sv: 'Klausul {number} är {followUpStatus}; en åtgärdsplan lämnas när en klausul är i riskzonen',
    en: 'Clause {number} is {followUpStatus}; a recovery plan is filed when a clause is AT_RISK',
  },
  PERIOD_NOT_FOUND: { sv: 'Rapportperiod {number} finns inte för klausulen', en: 'Reporting period {number} not found for this clause' },
  PERIOD_ALREADY_SUBMITTED: { sv: 'Rapportperiod {number} lämnades redan in {submittedAt}', en: 'Reporting period {number} was already submitted {submittedAt}' },
  PERIOD_NOT_BEGUN: {
    sv: 'Rapportperiod {number} börjar {periodStart}; den kan inte lämnas in före dess',
    en: 'Reporting period {number} begins {periodStart}; it cannot be submitted before then',
  },
  PERIOD_NUMBER_FORMAT: { sv: '{field} måste vara ett periodnummer, t.ex. 1', en: '{field} must be a period number such as 1' },
  PLACEMENT_NOT_FOUND: { sv: 'Placeringen {id} finns inte', en: 'Placement {id} not found' },
  PLACEMENT_REFERENCE_TAKEN: {
    sv: 'Referensen {reference} är redan rapporterad av leverantören; varje placering rapporteras en gång över alla avtal',
    en: 'Reference {reference} is already reported by this supplier; each placement is reported once across all contracts',
  },
  PLACEMENT_REFERENCE_TAKEN_ON: {
    sv: 'Referensen {reference} är redan rapporterad av leverantören (placering {id} i avtal {contractId}); varje placering rapporteras en gång över alla avtal',
    en: 'Reference {reference} is already reported by this supplier (placement {id} on contract {contractId}); each placement is reported once across all contracts',
  },
  PLACEMENT_REFERENCE_TAKEN_MEANWHILE: {
    sv: 'En referens i filen har rapporterats av leverantören under tiden; ladda upp filen igen för att se vilken',
    en: 'A reference in this file was reported by this supplier meanwhile; upload the file again to see which',
  },
  PLACEMENT_ROW_REFERENCE_TAKEN: {
    sv: '{field} {reference} är redan rapporterad av leverantören (placering {id})',
    en: '{field} {reference} is already reported by this supplier (placement {id})',
  },
  PLACEMENT_KIND_NOT_IN_CLAUSE: { sv: '{field} måste vara ett av klausulens slag av platser: {kinds}', en: "{field} must be one of the clause's placement kinds: {kinds}" },
  // A placements file refused as a whole (src/reporting/placements-*.ts); {field} is `file`.
  PLACEMENT_FILE_NOT_UTF8: { sv: '{field} måste vara text i UTF-8 (spara som "CSV UTF-8" eller ladda upp Excel-filen)', en: '{field} must be UTF-8 encoded text (save as "CSV UTF-8" or upload the Excel file)' },
  PLACEMENT_FILE_CSV_INVALID: { sv: '{field} är inte giltig CSV nära rad {line}', en: '{field} is not valid CSV near line {line}' },
  PLACEMENT_FILE_TOO_MANY_ROWS: { sv: '{field} får innehålla högst {max} placeringar', en: '{field} may hold at most {max} placements' },
  PLACEMENT_FILE_TOO_MANY_COLUMNS: { sv: '{field} får ha högst {max} kolumner', en: '{field} may hold at most {max} columns' },
  PLACEMENT_FILE_NOT_XLSX: { sv: '{field} är inte en läsbar Excel-arbetsbok (.xlsx)', en: '{field} is not a readable Excel workbook (.xlsx)' },
  PLACEMENT_FILE_EMPTY: { sv: '{field} måste ha en rubrikrad och minst en placering', en: '{field} must have a header row and at least one placement' },
  PLACEMENT_FILE_SHEETS: {
    sv: '{field} får ha ett enda blad med placeringar, inte {count} ({names})',
    en: '{field} must hold one sheet of placements, not {count} ({names})',
  },
  PLACEMENT_FILE_FORMULA: { sv: '{field} har en formel i cell {cell}; klistra in värdena i stället', en: '{field} holds a formula in cell {cell}; paste the values instead' },
  PLACEMENT_FILE_HEADER_PERSONAL_IDENTITY_NUMBER: {
    sv: '{field}: rubrikraden innehåller något som ser ut som ett personnummer eller samordningsnummer, så ingenting sparades; rubrikerna ska vara mallens kolumnnamn',
    en: '{field}: the header row holds something shaped like a personal identity number, so nothing was stored; the headers must be the template’s column names',
  },
  PLACEMENT_FILE_UNKNOWN_COLUMNS: { sv: '{field} har okända kolumner: {columns}; förväntade: {expected}', en: '{field} has unknown columns: {columns}; expected {expected}' },
  PLACEMENT_FILE_COLUMN_TWICE: { sv: '{field} har en kolumn två gånger: {columns}', en: '{field} names a column twice: {columns}' },
  PLACEMENT_FILE_MISSING_COLUMNS: { sv: '{field} saknar kolumnerna: {columns}', en: '{field} lacks the columns: {columns}' },
  PLACEMENT_ATTESTED_BY_CITY: {
    sv: '{field} kommer från stadens anvisning och är intygad av staden; den kan inte ändras i en rättelse (kontakta matchningen om uppgiften är fel)',
    en: '{field} comes from the city’s referral and is attested by the city; a correction cannot change it (contact the matching unit if it is wrong)',
  },
  PLACEMENT_GROUP_NOT_IN_CLAUSE: {
    sv: '{field} måste vara en av klausulens målgrupper: {groups}; en placering i en annan grupp räknas aldrig',
    en: "{field} must be one of the clause's target groups: {groups}; a placement of another group never counts",
  },
  PLACEMENT_BEFORE_CONTRACT_START: { sv: '{field} får inte vara före avtalsstarten {date}', en: '{field} must not be before the contract start {date}' },
  PLACEMENT_AFTER_CONTRACT_END: { sv: '{field} får inte vara efter avtalsslutet {date}', en: '{field} must not be after the contract end {date}' },
  PLACEMENT_REQUIRED_WHEN_FILLED: { sv: '{field} måste anges för en tillsatt plats', en: '{field} is required for a filled placement' },
  PLACEMENT_NOT_BEFORE_FIELD: { sv: '{field} får inte vara före {other}', en: '{field} must not be before {other}' },
  PLACEMENT_EARLY_END_NEEDS_DATES: { sv: '{field} kräver startDate och endDate', en: '{field} needs startDate and endDate' },
  PLACEMENT_EARLY_END_RANGE: {
    sv: '{field} måste vara samma dag som eller efter startDate och före endDate',
    en: '{field} must be on or after startDate and before endDate',
  },
  PLACEMENT_EARLY_END_REASON_REQUIRED: {
    sv: '{field} måste anges med earlyEndDate: ett av {allowed}',
    en: '{field} is required with earlyEndDate: one of {allowed}',
  },
  PLACEMENT_EARLY_END_REASON_ONLY_WITH_DATE: { sv: '{field} anges bara med earlyEndDate', en: '{field} is given only with earlyEndDate' },
  PLACEMENT_REFERENCE_FORMAT: {
    sv: '{field} måste vara 1–60 bokstäver, siffror, mellanslag eller . _ - / #',
    en: '{field} must be 1–60 letters, digits, spaces or . _ - / #',
  },
  EVIDENCE_NOT_FOUND: { sv: 'Underlaget {id} finns inte', en: 'Evidence file {id} not found' },
  EVIDENCE_TYPE: {
    sv: '{field} måste vara ett av {allowed} (känns igen på innehållet, inte namnet)',
    en: '{field} must be one of {allowed} (recognised by its content, not its name)',
  },
  EVIDENCE_FILES_PER_REPORT: {
    sv: 'En rapport får ha högst {max} underlag (EVIDENCE_MAX_FILES_PER_REPORT); den här har {count}',
    en: 'A report may hold at most {max} evidence files (EVIDENCE_MAX_FILES_PER_REPORT); this one holds {count}',
  },
  EVIDENCE_BYTES_PER_SUPPLIER: {
    sv: 'En leverantör får lagra högst {max} byte underlag (EVIDENCE_MAX_BYTES_PER_SUPPLIER); {stored} är lagrade och filen har {bytes}',
    en: 'A supplier may hold at most {max} bytes of evidence (EVIDENCE_MAX_BYTES_PER_SUPPLIER); {stored} are stored and this file has {bytes}',
  },
  UPLOADS_BUSY: {
    sv: 'Leverantören har redan högsta antalet uppladdningar på gång; försök igen om {seconds} sekunder eller när någon har besvarats',
    en: 'This supplier already has its maximum of uploads in progress; retry in {seconds} seconds or when one has been answered',
  },
  VERIFICATION_STATUS_VALUES: { sv: '{field} måste vara ACCEPTED eller QUESTIONED', en: '{field} must be ACCEPTED or QUESTIONED' },
  VERIFICATION_REASON_REQUIRED: {
    sv: '{field} måste anges när en rapport ifrågasätts',
    en: '{field} is required when a report is QUESTIONED',
  },
  WITHDRAWAL_REASON_REQUIRED: {
    sv: '{field} måste anges: säg varför rapporten tas tillbaka',
    en: '{field} is required: say why the report is taken back',
  },
  IDEMPOTENCY_KEY_FORMAT: {
    sv: '{field} måste vara 1–200 skrivbara ASCII-tecken, t.ex. ett UUID',
    en: '{field} must be 1–200 printable ASCII characters, e.g. a UUID',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    sv: 'En begäran med Idempotency-Key {key} pågår fortfarande; försök igen',
    en: 'A request with Idempotency-Key {key} is still in progress; retry',
  },
  IDEMPOTENCY_KEY_REUSED: {
    sv: 'Idempotency-Key {key} har redan använts för en annan begäran',
    en: 'Idempotency-Key {key} was already used for a different request',
  },
});
