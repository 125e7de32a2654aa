import { defineMessages } from '../common/i18n';

/** Contracting units (förvaltningar) and their letterheads. */
export const CONTRACTING_UNIT_MESSAGES = defineMessages({
  UNIT_NOT_FOUND: { sv: 'Förvaltningen {id} finns inte', en: 'Contracting unit {id} not found' },
  UNIT_NO_LETTERHEAD: { sv: 'Förvaltningen {id} har inget brevhuvud', en: 'Contracting unit {id} has no letterhead' },
  UNIT_NAME_TAKEN: { sv: 'Det finns redan en förvaltning som heter {name}', en: 'A contracting unit named {name} already exists' },
  UNIT_PHONE_FORMAT: {
    sv: '{field} måste vara ett telefonnummer som 08-508 00 508 eller +46 8 508 00 508',
    en: '{field} must be a telephone number such as 08-508 00 508 or +46 8 508 00 508',
  },
  LETTERHEAD_NOT_IMAGE: {
    sv: '{field} måste vara en PNG- eller JPEG-bild (känns igen på innehållet, inte namnet)',
    en: '{field} must be a PNG or JPEG image (recognised by its content, not its name)',
  },
  LETTERHEAD_TOO_MANY_PIXELS: {
    sv: '{field} är {width} × {height} bildpunkter; högst {max} × {max} tas emot',
    en: '{field} is {width} × {height} pixels; at most {max} × {max} are accepted',
  },
  LETTERHEAD_UNREADABLE: { sv: '{field} är inte en läsbar {format}-bild', en: '{field} is not a readable {format} image' },
});
