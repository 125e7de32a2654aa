import { defineMessages } from '../common/i18n';

/** User accounts and invitations. */
export const USER_MESSAGES = defineMessages({
  USER_NOT_FOUND: { sv: 'Användaren finns inte', en: 'No such user' },
  USER_SUPPLIER_NOT_FOUND: { sv: 'Leverantören finns inte', en: 'No such supplier' },
  USER_SUPPLIER_UNKNOWN: { sv: '{field} anger ingen leverantör', en: '{field} names no supplier' },
  USER_SUPPLIER_REQUIRED: { sv: '{field} måste anges för en leverantörsanvändare', en: '{field} is required for a supplier user' },
  USER_ONLY_SUPPLIER_USERS_ACT_FOR_SUPPLIER: {
    sv: 'Bara leverantörsanvändare företräder en leverantör ({field})',
    en: 'Only supplier users act for a supplier ({field})',
  },
  USER_ONLY_SUPPLIER_USERS_ADMIN: {
    sv: 'Bara leverantörsanvändare kan vara leverantörens administratör ({field})',
    en: 'Only supplier users can be a supplier’s administrator ({field})',
  },
  USER_MAY_NOT_INVITE: {
    sv: 'Bara administratörer, upphandlare, paktens kansli och en leverantörs administratör bjuder in användare',
    en: 'Only admins, officers, the pact office and a supplier’s administrator invite users',
  },
  USER_STAFF_INVITE_SUPPLIER_USERS: {
    sv: 'Upphandlare och paktens kansli bjuder bara in leverantörsanvändare',
    en: 'Officers and the pact office invite supplier users only',
  },
  USER_SUPPLIER_ADMIN_INVITES_COLLEAGUES: {
    sv: 'En leverantörs administratör bjuder bara in kolleger hos samma leverantör',
    en: 'A supplier’s administrator invites colleagues of the same supplier only',
  },
  USER_ONLY_ADMIN_CHANGES_ROLE: {
    sv: 'Bara administratörer ändrar en användares roll eller leverantör',
    en: 'Only admins change a user’s role or supplier',
  },
  USER_NOT_OWN_DISABLE: {
    sv: 'Du kan inte stänga av ditt eget konto ({field}); be en annan administratör',
    en: 'You cannot disable your own account ({field}); ask another administrator',
  },
  USER_DISABLED_NO_INVITE: {
    sv: 'Användaren är avstängd; aktivera kontot innan du bjuder in igen',
    en: 'The user is disabled; enable the account before inviting again',
  },
  USER_SUPPLIER_ADMIN_SEES_COLLEAGUES: {
    sv: 'Bara en leverantörs administratör ser kollegernas konton',
    en: 'Only a supplier’s administrator sees its colleagues’ accounts',
  },
  USER_SUPPLIER_ADMIN_MANAGES_COLLEAGUES: {
    sv: 'Bara en leverantörs administratör hanterar kollegernas konton',
    en: 'Only a supplier’s administrator manages its colleagues’ accounts',
  },
  USER_EMAIL_TAKEN: {
    sv: 'Det finns redan en användare med e-postadressen {email}; skicka en ny inbjudan i stället',
    en: 'A user with the e-mail address {email} already exists; send a new invitation instead',
  },
});
