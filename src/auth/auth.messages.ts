import { defineMessages } from '../common/i18n';

/** Signing in, tokens and roles. */
export const AUTH_MESSAGES = defineMessages({
  ROLE_ADMIN: { sv: 'administratör', en: 'administrator' },
  ROLE_OFFICER: { sv: 'upphandlare', en: 'procurement officer' },
  ROLE_PACT_OFFICE: { sv: 'integrationspaktens kansli', en: 'integration pact office' },
  ROLE_SUPPLIER: { sv: 'leverantör', en: 'supplier' },
  ROLE_MATCHER: { sv: 'matchningsenheten', en: 'matching unit' },
  AUTH_ROLE_NOT_ALLOWED: { sv: 'Rollen {role} får inte använda den här adressen', en: 'The role {role} may not use this route' },
  AUTH_CSRF_MISSING: {
    sv: 'En ändring behöver huvudet X-CSRF-Token med den token som GET /api/me ger',
    en: 'This change needs the header X-CSRF-Token with the token GET /api/me gives',
  },
  AUTH_SESSION_ENDED: { sv: 'Din inloggning har upphört; logga in igen', en: 'Your session has ended; sign in again' },
  AUTH_SIGN_IN: {
    sv: 'Logga in, eller skicka en API-nyckel som bearer-token (Authorization: Bearer sck_…)',
    en: 'Sign in, or send an API key as a bearer token (Authorization: Bearer sck_…)',
  },
  AUTH_API_KEY_REFUSED: {
    sv: 'API-nyckeln är okänd, återkallad eller har gått ut, eller så är dess användare avstängd',
    en: 'The API key is unknown, revoked or expired, or its user is disabled',
  },
  AUTH_DEV_TOKEN_IN_PRODUCTION: {
    sv: 'Utvecklingstoken tas inte emot i drift; logga in eller använd en API-nyckel',
    en: 'Development tokens are not accepted in production; sign in or use an API key',
  },
  AUTH_TOKEN_EXPIRED: { sv: 'Bearer-token har gått ut', en: 'The bearer token has expired' },
  AUTH_TOKEN_INVALID: { sv: 'Bearer-token är ogiltig', en: 'The bearer token is invalid' },
  AUTH_TOKEN_NO_SUPPLIER: { sv: 'Leverantörens token är inte knuten till någon leverantör', en: 'The supplier token is not bound to a supplier' },
});
