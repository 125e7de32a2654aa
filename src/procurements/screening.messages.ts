import { defineMessages } from '../common/i18n';
import { defineParts } from '../common/coded-text';

/**
 * The screening's reasons, as a procurement officer reads them (Upphandlingsmyndigheten's words:
 * krav på numerärer, krav på dialog, heltidsmånader, personalintensitet). Amounts are in kronor.
 */
export const SCREENING_MESSAGES = defineMessages({
  SCREENING_GOODS: {
    sv: 'Varor: en varuleverans skapar sällan arbete i Stockholm som ett villkor kan öppna för målgrupperna.',
    en: 'Goods: a delivery of goods rarely creates work in Stockholm that a clause could open to the target groups.',
  },
  SCREENING_VALUE_TOO_SMALL: {
    sv: 'Värdet {value} kr är under {min} kr: för litet för att ett villkor ska kunna följas upp.',
    en: 'The value {value} SEK is below {min} SEK: too small for a clause to be followed up.',
  },
  SCREENING_TOO_SHORT: {
    sv: 'Avtalet löper {months} månader, kortare än {min}: för kort för att ett villkor ska kunna följas upp.',
    en: 'The contract runs {months} months, shorter than {min}: too short for a clause to be followed up.',
  },
  SCREENING_FRAMEWORK_AGREEMENT: {
    sv: 'Ett ramavtal garanterar inga avropsvolymer, så ett fast krav på numerärer är riskabelt: krav på dialog i stället.',
    en: 'A framework agreement does not guarantee call-off volumes, so a firm number of placements is risky: dialogue instead.',
  },
  SCREENING_PLACEMENTS_SUIT: {
    sv: 'Personalintensitet {intensity}, {months} månader (minst {minMonths}) och {value} kr (minst {minValue} kr): ett skarpt krav på numerärer passar.',
    en: 'Labour intensity {intensity}, {months} months (at least {minMonths}) and {value} SEK (at least {minValue} SEK): a firm placements requirement suits.',
  },
  SCREENING_INITIATIVE: {
    sv: 'Ett stort ({value} kr) och långt ({months} månader) avtal: leverantören kan också starta eller utvidga ett integrationsinitiativ.',
    en: 'A large ({value} SEK) and long ({months} months) contract: the supplier can also start or expand an integration initiative.',
  },
  SCREENING_VOLUME: {
    sv: 'Föreslagen volym: {fullTimeMonths} heltidsmånader; lönekostnad {labourCost} kr ({labourCostPercent} % av {value} kr, {share}) med {perMonth} kr per heltidsmånad, {volume}{reduction}.',
    en: 'Suggested volume: {fullTimeMonths} full-time months; labour cost {labourCost} SEK ({labourCostPercent} % of {value} SEK, {share}) at {perMonth} SEK per full-time month, {volume}{reduction}.',
  },
  SCREENING_GOODS_INSTALLATION: {
    sv: 'Varor med hög personalintensitet (t.ex. installation): krav på dialog om jobb passar.',
    en: 'Goods with high labour intensity (e.g. installation): a dialogue about jobs suits.',
  },
  SCREENING_TOO_LITTLE_WORK: {
    sv: 'Personalintensitet {intensity}: för lite arbete för ett fast antal platser, så krav på dialog (grundnivån).',
    en: 'Labour intensity {intensity}: too little work for a firm number of placements, so dialogue (the basic level).',
  },
  SCREENING_TOO_SHORT_FOR_PLACEMENTS: {
    sv: 'Avtalet löper {months} månader, kortare än de {min} som krav på numerärer kräver (personalintensitet {intensity}): krav på dialog.',
    en: 'The contract runs {months} months, shorter than {min} needed for placements (labour intensity {intensity}): dialogue.',
  },
  SCREENING_TOO_SMALL_FOR_PLACEMENTS: {
    sv: 'Värdet {value} kr är under de {min} kr som krav på numerärer kräver (personalintensitet {intensity}): krav på dialog.',
    en: 'The value {value} SEK is below {min} SEK needed for placements (labour intensity {intensity}): dialogue.',
  },
});

/** Words and optional parts that stand in the reasons' parameters. */
export const SCREENING_PARTS = defineParts({
  SCREENING_INTENSITY_LOW: { sv: 'låg', en: 'low' },
  SCREENING_INTENSITY_MEDIUM: { sv: 'medel', en: 'medium' },
  SCREENING_INTENSITY_HIGH: { sv: 'hög', en: 'high' },
  SCREENING_SHARE_DEFAULT_SERVICES: { sv: 'standardandelen för tjänster', en: 'the default share for services' },
  SCREENING_SHARE_DEFAULT_WORKS: { sv: 'standardandelen för byggentreprenad', en: 'the default share for works' },
  SCREENING_SHARE_STATED: { sv: 'andelen som anges för upphandlingen', en: 'the share stated for this procurement' },
  SCREENING_VOLUME_GIVES: { sv: 'ger {fullVolume}', en: 'gives {fullVolume}' },
  SCREENING_VOLUME_CAPPED: {
    sv: 'ger högst {fullVolume} (högst {maxParallel} heltidsplatser samtidigt under {months} månader)',
    en: 'capped at {fullVolume} (at most {maxParallel} full-time placements over {months} months)',
  },
  SCREENING_VOLUME_MEDIUM: { sv: ', personalintensitet medel: {intensityPercent} % av det', en: ', medium labour intensity: {intensityPercent} % of that' },
});
