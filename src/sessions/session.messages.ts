import { defineMessages } from '../common/i18n';

/** Signing in with a link or a code. */
export const SESSION_MESSAGES = defineMessages({
  SESSION_LINK_USED: {
    sv: 'Inloggningslänken har redan använts eller har gått ut; be om en ny',
    en: 'This sign-in link has been used or has expired; ask for a new one',
  },
  SESSION_ACCOUNT_CANNOT_SIGN_IN: { sv: 'Det här kontot kan inte logga in', en: 'This account cannot sign in' },
  SESSION_TOKEN_FORMAT: { sv: '{field} måste vara token från en inloggningslänk', en: '{field} must be the token of a sign-in link' },
  SIGN_IN_CODE_FORMAT: { sv: '{field} måste vara de sex siffrorna i e-postmeddelandet', en: '{field} must be the six digits of the e-mail' },
  SIGN_IN_CODE_REFUSED: {
    sv: 'Koden är fel, använd eller har gått ut, eller så kan adressen inte logga in med kod; be om en ny kod',
    en: 'The code is wrong, used or expired, or the address cannot sign in with a code; ask for a new code',
  },
  SIGN_IN_CODE_TOO_MANY: {
    sv: 'För många inloggningskoder begärda eller prövade; försök igen om {minutes} minuter',
    en: 'Too many sign-in codes asked for or tried; retry in {minutes} minutes',
  },
});
