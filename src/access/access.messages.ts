import { defineMessages } from '../common/i18n';
import '../auth/auth.messages';

/** The access policy's refusals; {role} and {action} render through the ROLE_ and ACTION_ entries. */
export const ACCESS_MESSAGES = defineMessages({
  ACCESS_FORBIDDEN: { sv: 'Rollen {role} får inte {action} här', en: 'The role {role} may not {action} here' },
  ACTION_READ: { sv: 'läsa', en: 'read' },
  ACTION_REPORT: { sv: 'rapportera', en: 'report' },
  ACTION_WITHDRAW: { sv: 'ta tillbaka rapporter', en: 'withdraw' },
  ACTION_VERIFY: { sv: 'granska rapporter', en: 'verify' },
  ACTION_HANDLE_BREACH: { sv: 'hantera avtalsbrott', en: 'handle breach' },
  ACTION_READ_AUDIT: { sv: 'läsa händelseloggen', en: 'read audit' },
  ACTION_MANAGE_SUPPLIER: { sv: 'ändra leverantören', en: 'manage supplier' },
  ACTION_READ_VACANCY: { sv: 'läsa platsen', en: 'read the vacancy' },
  ACTION_EMPLOY: { sv: 'ändra platsen eller dess utfall', en: 'change the vacancy or its outcomes' },
  ACTION_REFER: { sv: 'anvisa kandidater', en: 'refer candidates' },
  ACCESS_NO_SUPPLIER: { sv: 'Leverantörsanvändaren är inte knuten till någon leverantör', en: 'This supplier user is bound to no supplier' },
  CONTRACT_NOT_FOUND: { sv: 'Avtalet {id} finns inte', en: 'Contract {id} not found' },
  VACANCY_NOT_FOUND: { sv: 'Platsen {id} finns inte', en: 'Vacancy {id} not found' },
  SUPPLIER_NOT_FOUND: { sv: 'Leverantören {id} finns inte', en: 'Supplier {id} not found' },
});
