import { defineMessages } from '../common/i18n';

/** The supplier register. */
export const SUPPLIER_MESSAGES = defineMessages({
  SUPPLIER_ORG_NUMBER_TAKEN: {
    sv: 'Det finns redan en leverantör med organisationsnumret {orgNumber} ({id})',
    en: 'A supplier with organisation number {orgNumber} already exists ({id})',
  },
});
