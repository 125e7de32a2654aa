import { defineMessages } from '../common/i18n';

/** API keys. */
export const API_KEY_MESSAGES = defineMessages({
  API_KEY_NOT_FOUND: { sv: 'API-nyckeln finns inte', en: 'No such API key' },
  API_KEY_NEEDS_ACCOUNT: {
    sv: 'API-nycklar hör till användarkonton; utvecklingstoken har inget',
    en: 'API keys belong to user accounts; development tokens have none',
  },
  API_KEY_NOT_BY_KEY: {
    sv: 'En API-nyckel kan inte skapa API-nycklar; logga in för att skapa en',
    en: 'An API key cannot create API keys; sign in to create one',
  },
  API_KEY_EXPIRY_PAST: { sv: '{field} måste ligga i framtiden', en: '{field} must be in the future' },
  API_KEY_EXPIRY_TOO_FAR: { sv: '{field} får ligga högst {maxDays} dagar fram', en: '{field} must be at most {maxDays} days ahead' },
  API_KEY_EXPIRY_FORMAT: {
    sv: '{field} måste vara ett datum eller en tidpunkt, t.ex. 2026-12-31T23:59:59Z',
    en: '{field} must be a date or date-time such as 2026-12-31T23:59:59Z',
  },
});
