import { defineMessages } from '../common/i18n';

/** The supplier register. */
export const SUPPLIER_MESSAGES = defineMessages({
  SUPPLIER_POSTAL_CODE_FORMAT: { sv: '{field} måste vara ett svenskt postnummer, t.ex. 111 57', en: '{field} must be a Swedish postal code such as 111 57' },
  SUPPLIER_ORG_NUMBER_TAKEN: {
    sv: 'Det finns redan en leverantör med organisationsnumret {orgNumber} ({id})',
    en: 'A supplier with organisation number {orgNumber} already exists ({id})',
  },
});
