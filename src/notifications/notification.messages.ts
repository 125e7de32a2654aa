import { defineMessages } from '../common/i18n';

/** Notifications and their settings (the kinds' own texts are in notification-texts). */
export const NOTIFICATION_MESSAGES = defineMessages({
  NOTIFICATION_NOT_FOUND: { sv: 'Aviseringen finns inte', en: 'No such notification' },
  NOTIFICATION_NEEDS_ACCOUNT: {
    sv: 'Aviseringar hör till användarkonton; en utvecklingstoken har inget. Logga in som användare.',
    en: 'Notifications belong to user accounts; a development token has none. Sign in as a user.',
  },
  NOTIFICATION_KINDS_NOT_RECEIVED: {
    sv: '{field} får bara ange sorter som din roll tar emot ({receives}); inte {foreign}',
    en: '{field} may only name kinds your role receives ({receives}); not {foreign}',
  },
});
