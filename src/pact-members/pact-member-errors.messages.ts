import { defineMessages } from '../common/i18n';

/** Refusals of the pact register: members, links, letters of intent, check-ins, invitations. */
export const PACT_MEMBER_ERROR_MESSAGES = defineMessages({
  INVITATION_OUTCOME_PENDING: { sv: 'väntar på svar', en: 'PENDING' },
  INVITATION_OUTCOME_JOINED: { sv: 'gick med', en: 'JOINED' },
  INVITATION_OUTCOME_DECLINED: { sv: 'tackade nej', en: 'DECLINED' },
  INVITATION_OUTCOME_NO_RESPONSE: { sv: 'svarade inte', en: 'NO_RESPONSE' },
  MEMBER_NOT_FOUND: { sv: 'Paktmedlemmen {id} finns inte', en: 'Pact member {id} not found' },
  MEMBER_ORG_NUMBER_TAKEN: {
    sv: 'Det finns redan en paktmedlem med organisationsnumret {orgNumber} ({id})',
    en: 'A pact member with organisation number {orgNumber} already exists ({id})',
  },
  LINK_NOT_FOUND: { sv: 'Kopplingen {id} finns inte', en: 'Supplier link {id} not found' },
  LINK_ORG_NUMBER_OF_OTHER_MEMBER: {
    sv: 'Leverantören {supplier} har samma organisationsnummer som medlemmen {member} ({memberId}); den kan bara kopplas till den medlemmen',
    en: 'Supplier {supplier} has the organisation number of member {member} ({memberId}); it can only be linked to that member',
  },
  LINK_NO_MEMBER_WITH_ORG_NUMBER: {
    sv: 'Ingen paktmedlem har organisationsnumret {orgNumber}; ange memberId för att koppla för hand, eller bjud in leverantören',
    en: 'No pact member has organisation number {orgNumber}; give memberId to link by hand, or invite the supplier to join',
  },
  LINK_ALREADY_LINKED: {
    sv: 'Leverantören {supplier} är redan kopplad till paktmedlemmen {member} ({memberId})',
    en: 'Supplier {supplier} is already linked to pact member {member} ({memberId})',
  },
  LETTER_CHANGE_REASON_REQUIRED: {
    sv: '{field} måste anges när avsiktsförklaringens version {version} revideras',
    en: '{field} is required when revising letter version {version}',
  },
  LETTER_NOT_FOUND: {
    sv: 'Paktmedlemmen {memberId} har ingen avsiktsförklaring i version {version}',
    en: 'Pact member {memberId} has no letter of intent version {version}',
  },
  LETTER_VALID_TO_NOT_AFTER_FROM: { sv: '{field} måste vara senare än validFrom ({validFrom})', en: '{field} must be after validFrom ({validFrom})' },
  CHECK_IN_NOT_FOUND: { sv: 'Paktmedlemmen {memberId} har ingen avstämning {id}', en: 'Pact member {memberId} has no check-in {id}' },
  CHECK_IN_IN_FUTURE: {
    sv: '{field} får inte vara senare än i dag ({today}); registrera en avstämning när den är hållen',
    en: '{field} must not be after today ({today}); record a check-in once it is held',
  },
  INVITATION_NOT_FOUND: { sv: 'Inbjudan {id} finns inte', en: 'Invitation {id} not found' },
  INVITATION_NOT_AWARDED: {
    sv: 'Leverantören {supplier} har inget tilldelat avtal; bara leverantörer med avtal bjuds in till pakten',
    en: 'Supplier {supplier} has no awarded contract; only awarded suppliers are invited to the pact',
  },
  INVITATION_MEMBER_HAS_ORG_NUMBER: {
    sv: 'Paktmedlemmen {member} ({memberId}) har leverantörens organisationsnummer; koppla leverantören i stället för att bjuda in den',
    en: "Pact member {member} ({memberId}) has the supplier's organisation number; link the supplier instead of inviting it",
  },
  INVITATION_ALREADY_PENDING: {
    sv: 'Leverantören {supplier} har redan en obesvarad inbjudan; registrera dess utfall först',
    en: 'Supplier {supplier} already has a pending invitation; record its outcome first',
  },
  INVITATION_ALREADY_DECIDED: {
    sv: 'Inbjudan {id} har redan utfallet {invitationOutcome} ({outcomeOn})',
    en: 'Invitation {id} already has the outcome {invitationOutcome} ({outcomeOn})',
  },
  INVITATION_MEMBER_ONLY_WHEN_JOINED: { sv: '{field} anges bara för utfallet JOINED', en: '{field} is only given for the outcome JOINED' },
  INVITATION_MEMBER_REQUIRED: {
    sv: '{field} måste anges för JOINED: ingen paktmedlem har leverantörens organisationsnummer {orgNumber}',
    en: "{field} is required for JOINED: no pact member has the supplier's organisation number {orgNumber}",
  },
  INVITATION_OUTCOME_BEFORE_INVITATION: {
    sv: '{field} får inte vara före inbjudan ({invitedOn})',
    en: '{field} must not be before the invitation ({invitedOn})',
  },
});
