import { defineMessages } from '../common/i18n';
import { defineParts } from '../common/coded-text';

/** How a placement's full-time months were reached (Upphandlingsmyndigheten's model), in the reader's language. */
export const EARNING_MESSAGES = defineMessages({
  EARNING_WORKED: {
    sv: '{agreedMonths} månader avtalade på {workingTime} %: {delivered} heltidsmånader levererade{pending}',
    en: '{agreedMonths} months agreed at {workingTime} %: {delivered} full-time months delivered{pending}',
  },
  EARNING_CREDITED: {
    sv: '{agreedMonths} månader avtalade på {workingTime} %, avslutad {ended} ({endReason}) efter {workedShare} % av den avtalade tiden: ' +
      'den anställda sade upp sig eller avskedades på saklig grund efter minst {creditPercent} %, så hela den avtalade tiden räknas, {delivered} heltidsmånader',
    en: '{agreedMonths} months agreed at {workingTime} %, ended {ended} ({endReason}) after {workedShare} % of the agreed time: ' +
      'the employee left or was dismissed for just cause after at least {creditPercent} %, so the whole agreed time counts, {delivered} full-time months',
  },
  EARNING_NOT_CREDITED: {
    sv: '{agreedMonths} månader avtalade på {workingTime} %, avslutad {ended} ({endReason}) efter {workedShare} % av den avtalade tiden: ' +
      '{why}, så bara den arbetade tiden räknas, {delivered} heltidsmånader; platsen ska tillsättas igen',
    en: '{agreedMonths} months agreed at {workingTime} %, ended {ended} ({endReason}) after {workedShare} % of the agreed time: ' +
      '{why}, so only the time worked counts, {delivered} full-time months; the place has to be filled again',
  },
});

/** The optional parts of an explanation, and the early-end reasons as words. */
export const EARNING_PARTS = defineParts({
  EARNING_PENDING: { sv: ', {committed} planerade', en: ', {committed} committed' },
  EARNING_TOO_LITTLE_WORKED: { sv: 'mindre än {creditPercent} % arbetades', en: 'less than {creditPercent} % was worked' },
  EARNING_RULE_NOT_APPLICABLE: {
    sv: 'regeln om {creditPercent} % gäller bara när den anställda sade upp sig eller avskedades på saklig grund',
    en: 'the {creditPercent} % rule applies only when the employee left or was dismissed for just cause',
  },
  EARNING_END_EMPLOYEE_RESIGNED: { sv: 'den anställda sade upp sig', en: 'the employee resigned' },
  EARNING_END_JUST_CAUSE: { sv: 'uppsägning av personliga skäl eller avsked', en: 'dismissal for personal reasons or summary dismissal' },
  EARNING_END_SUPPLIER_ENDED: { sv: 'leverantören avslutade anställningen', en: 'the supplier ended the employment' },
  EARNING_END_OTHER: { sv: 'annat skäl', en: 'other reason' },
  EARNING_END_NOT_GIVEN: { sv: 'skäl inte angivet', en: 'reason not given' },
});
