import { defineMessages } from '../common/i18n';
import '../procurements/procurement.messages';

/** Awarding a procurement. */
export const CONTRACT_MESSAGES = defineMessages({
  CONTRACT_END_NOT_AFTER_START: { sv: '{field} måste vara senare än startDate', en: '{field} must be after startDate' },
  CONTRACT_ONLY_PUBLISHED_AWARDED: {
    sv: 'Upphandlingen {referenceNumber} är {procurementStatus}; bara en publicerad upphandling kan tilldelas',
    en: 'Procurement {referenceNumber} is {procurementStatus}; only a PUBLISHED procurement can be awarded',
  },
  CONTRACT_SUPPLIER_UNKNOWN: { sv: '{field} måste ange en befintlig leverantör', en: '{field} must name an existing supplier' },
});
