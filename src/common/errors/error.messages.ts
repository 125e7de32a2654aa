import { defineMessages } from '../i18n';

/** The API's general error texts: failures any route can meet, and class-validator's checks. */
export const ERROR_MESSAGES = defineMessages({
  ERROR_BAD_REQUEST: { sv: 'Begäran är felaktig', en: 'The request is malformed' },
  ERROR_UNAUTHORIZED: { sv: 'Logga in för att fortsätta', en: 'Sign in to continue' },
  ERROR_FORBIDDEN: { sv: 'Du får inte göra detta', en: 'You may not do this' },
  ERROR_NOT_FOUND: { sv: 'Hittades inte', en: 'Not found' },
  ERROR_CONFLICT: { sv: 'Begäran krockar med lagrade uppgifter', en: 'The request conflicts with stored data' },
  ERROR_PAYLOAD_TOO_LARGE: { sv: 'Begäran är större än tjänsten tar emot', en: 'The request is larger than the service accepts' },
  ERROR_UNPROCESSABLE: { sv: 'Begäran kan inte behandlas', en: 'The request cannot be processed' },
  ERROR_TOO_MANY_REQUESTS: { sv: 'För många förfrågningar; försök igen om en stund', en: 'Too many requests; try again shortly' },
  ERROR_INTERNAL: { sv: 'Internt serverfel', en: 'Internal server error' },
  ERROR_HTTP: { sv: 'Begäran kunde inte utföras (HTTP {status})', en: 'The request could not be carried out (HTTP {status})' },
  ERROR_ROUTE_NOT_FOUND: { sv: 'Det finns ingen adress {method} {path}', en: 'Cannot {method} {path}' },
  ERROR_BAD_JSON: {
    sv: 'Begärans innehåll är inte giltig JSON',
    en: 'The request body is not valid JSON',
  },
  ERROR_BODY_TOO_LARGE: { sv: 'Begärans innehåll är större än tjänsten tar emot', en: 'The request body is larger than the service accepts' },
  ERROR_DB_CONFLICT: { sv: 'Begäran krockar med lagrade uppgifter', en: 'The request conflicts with stored data' },
  ERROR_DB_INVALID: { sv: 'Ett värde i begäran kan inte lagras', en: 'A value in the request cannot be stored' },
  ERROR_DB_TIMEOUT: {
    sv: 'Databasen tog för lång tid att svara; försök igen om en stund',
    en: 'The database took too long to answer; try again shortly',
  },
  ERROR_DB_UNAVAILABLE: { sv: 'Databasen är inte tillgänglig; försök igen om en stund', en: 'The database is unavailable; try again shortly' },

  VALIDATION_FAILED: { sv: 'Rätta uppgifterna: {details}', en: 'Validation failed: {details}' },
  // A field text that has no code of its own; the text is shown as it was written.
  FIELD_TEXT: { sv: '{text}', en: '{text}' },
  FIELD_INVALID: { sv: '{field} är ogiltigt', en: '{field} is invalid' },
  FIELD_REQUIRED: { sv: '{field} måste fyllas i', en: '{field} should not be empty' },
  FIELD_NOT_ALLOWED: { sv: 'Fältet {field} finns inte här; ta bort det', en: 'property {field} should not exist' },
  FIELD_NOT_STRING: { sv: '{field} måste vara en text', en: '{field} must be a string' },
  FIELD_NOT_INTEGER: { sv: '{field} måste vara ett heltal', en: '{field} must be an integer number' },
  FIELD_NOT_NUMBER: { sv: '{field} måste vara ett tal', en: '{field} must be a number conforming to the specified constraints' },
  FIELD_NOT_BOOLEAN: { sv: '{field} måste vara true eller false', en: '{field} must be a boolean value' },
  FIELD_NOT_ARRAY: { sv: '{field} måste vara en lista', en: '{field} must be an array' },
  FIELD_NOT_OBJECT: { sv: '{field} måste vara ett objekt', en: '{field} must be an object' },
  FIELD_NOT_EMAIL: { sv: '{field} måste vara en e-postadress', en: '{field} must be an email' },
  FIELD_NOT_UUID: { sv: '{field} måste vara ett UUID', en: '{field} must be a UUID' },
  FIELD_NOT_DATE: { sv: '{field} måste vara ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt', en: '{field} must be a date (YYYY-MM-DD) or a date-time' },
  FIELD_NOT_CALENDAR_DATE: {
    sv: '{field} måste vara ett datum i formen ÅÅÅÅ-MM-DD',
    en: '{field} must be a calendar date in the form YYYY-MM-DD',
  },
  FIELD_MIN: { sv: '{field} får inte vara mindre än {min}', en: '{field} must not be less than {min}' },
  FIELD_MAX: { sv: '{field} får inte vara större än {max}', en: '{field} must not be greater than {max}' },
  FIELD_MIN_LENGTH: { sv: '{field} måste ha minst {min} tecken', en: '{field} must be longer than or equal to {min} characters' },
  FIELD_MAX_LENGTH: { sv: '{field} får ha högst {max} tecken', en: '{field} must be shorter than or equal to {max} characters' },
  FIELD_BLANK: { sv: '{field} får inte vara tomt', en: '{field} must not be blank' },
  FIELD_ARRAY_MIN_SIZE: { sv: '{field} måste ha minst {min} poster', en: '{field} must contain at least {min} elements' },
  FIELD_ARRAY_MAX_SIZE: { sv: '{field} får ha högst {max} poster', en: '{field} must contain no more than {max} elements' },
  FIELD_NOT_ONE_OF: { sv: '{field} måste vara ett av {allowed}', en: '{field} must be one of the following values: {allowed}' },
  FIELD_ARRAY_UNIQUE: { sv: '{field} får inte innehålla samma värde två gånger', en: "All {field}'s elements must be unique" },
  FIELD_DATE_EXAMPLE: { sv: '{field} måste vara ett datum, t.ex. {example}', en: '{field} must be a date such as {example}' },
  FIELD_PHONE: { sv: '{field} måste vara ett telefonnummer, t.ex. {example}', en: '{field} must be a phone number such as {example}' },
  FIELD_E_MAIL: { sv: '{field} måste vara en e-postadress', en: '{field} must be an e-mail address' },
  FIELD_WRONG_FORMAT: { sv: '{field} har fel format', en: '{field} has the wrong format' },
  FIELD_NOT_WHOLE_NUMBER: { sv: '{field} måste vara ett heltal', en: '{field} must be a whole number' },
  FIELD_NOT_AFTER_TODAY: { sv: '{field} får inte vara senare än i dag ({today})', en: '{field} must not be after today ({today})' },
  TREND_TOO_MANY_QUARTERS: { sv: '{field} får ligga högst {max} kvartal före to', en: '{field} must be at most {max} quarters before to' },
  VERIFICATION_REPORT_LISTED_TWICE: {
    sv: '{field} upprepar {first}; ta med varje rapport en gång',
    en: '{field} repeats {first}; list each report once',
  },
  PLACEMENT_REFERENCE_REPEATED: {
    sv: '{field} upprepar referensen på rad {line}',
    en: '{field} repeats the reference on line {line}',
  },
  FIELD_NOT_BEFORE: { sv: '{field} får inte vara före {other} ({date})', en: '{field} must not be before {other} ({date})' },
  FIELD_TOO_DEEP: { sv: 'JSON-innehållet är nästlat i fler än {max} nivåer', en: 'the JSON body is nested deeper than {max} levels' },
  FIELD_ILL_FORMED_TEXT: {
    sv: '{field} måste vara giltig Unicode-text utan NUL-tecken',
    en: '{field} must be valid Unicode text without NUL characters',
  },
  FIELD_FILE_MISSING: { sv: 'Filen måste skickas som multipart-fältet "file"', en: 'file must be sent as multipart field "file"' },
  FIELD_FILE_MISSING_CSV: {
    sv: 'Filen måste vara en Excel-fil (.xlsx) eller CSV-fil som skickas som multipart-fältet "file"',
    en: 'file must be an Excel (.xlsx) or CSV file sent as multipart field "file"',
  },

  PERSONAL_IDENTITY_NUMBER: {
    sv:
      '{field} ser ut som ett svenskt personnummer eller samordningsnummer (ett födelsedatum följt av fyra siffror, med eller ' +
      'utan sekel, skiljetecken eller korrekt kontrollsiffra), så ingenting sparades. Identifiera personer bara med en egen ' +
      'referens som inte är formad som ett sådant nummer: ett löpnummer som ANST-0042 eller en kod från ert personalsystem, ' +
      'inte ett födelsedatum följt av fyra siffror',
    en:
      '{field} looks like a Swedish personal identity number (personnummer or samordningsnummer: a date of birth followed by ' +
      'four digits, with or without century, separator or a correct check digit), so nothing was stored. Identify people only ' +
      'by a reference of your own that is not shaped like one: a running number such as ANST-0042 or a code from your HR ' +
      'system, not a date of birth followed by four digits',
  },
  ORG_NUMBER_FORMAT: {
    sv: '{field} måste vara ett svenskt organisationsnummer i formen NNNNNN-NNNN',
    en: '{field} must be a Swedish organisation number in the form NNNNNN-NNNN',
  },
  ORG_NUMBER_PERSONAL: {
    sv: '{field} ser ut som ett personnummer; bara organisationsnummer (tredje siffran 2 eller högre) tas emot',
    en: '{field} looks like a personal identity number; only organisation numbers (third digit 2 or more) are accepted',
  },
  ORG_NUMBER_CHECK_DIGIT: { sv: '{field} har fel kontrollsiffra', en: '{field} has a wrong check digit' },

  MULTIPART_FILE_TOO_LARGE: { sv: 'Filen är större än gränsen {limit} byte', en: 'The file is larger than the limit of {limit} bytes' },
  MULTIPART_FIELD_TOO_LARGE: {
    sv: 'Ett textfält i multipart-begäran är större än gränsen {limit} byte',
    en: 'A multipart text field is larger than the limit of {limit} bytes',
  },
  MULTIPART_FIELD_NAME_TOO_LONG: {
    sv: 'Ett fältnamn i multipart-begäran är längre än gränsen {limit} byte',
    en: 'A multipart field name is longer than the limit of {limit} bytes',
  },
  MULTIPART_TOO_MANY_FIELDS: { sv: 'En multipart-begäran får ha högst {limit} textfält', en: 'A multipart request may hold at most {limit} text fields' },
  MULTIPART_TOO_MANY_FILES: {
    sv: 'En multipart-begäran får ha högst {limit} fil, skickad som fältet "file"',
    en: 'A multipart request may hold at most {limit} file, sent as field "file"',
  },
  MULTIPART_TOO_MANY_PARTS: { sv: 'En multipart-begäran får ha högst {limit} delar', en: 'A multipart request may hold at most {limit} parts' },
  MULTIPART_UNEXPECTED_FILE: { sv: 'Filen måste skickas som multipart-fältet "file"', en: 'The file must be sent as multipart field "file"' },
  MULTIPART_MALFORMED: { sv: 'Multipart-innehållet är felaktigt', en: 'The multipart body is malformed' },
  // {detail}: the parser's own words, quoted as they are.
  MULTIPART_MALFORMED_DETAIL: { sv: 'Multipart-innehållet är felaktigt: {detail}', en: 'The multipart body is malformed: {detail}' },
  // A zip archive (an .xlsx upload) refused before it is unpacked: src/common/zip-bounds.ts.
  ZIP_UNREADABLE: { sv: '{field} är inte ett läsbart zip-arkiv', en: '{field} is not a readable zip archive' },
  ZIP_TOO_MANY_PARTS: { sv: '{field} innehåller fler än {max} delar', en: '{field} holds more than {max} parts' },
  ZIP_TOO_LARGE_OR_DAMAGED: { sv: '{field} packas upp till mer än {max} byte eller är skadad', en: '{field} unpacks to more than {max} bytes, or is damaged' },
  ZIP_TOO_LARGE: { sv: '{field} packas upp till mer än {max} byte', en: '{field} unpacks to more than {max} bytes' },
  ZIP_UNKNOWN_COMPRESSION: { sv: '{field} använder en komprimering som tjänsten inte läser', en: '{field} uses a compression this service does not read' },
});
