import { ClauseType, PlacementKind, TargetGroup } from '../clause.types';

/** The languages of the clause texts: the service's two (src/common/i18n). */
import type { Lang } from '../../common/i18n';
export type { Lang };

/** Words the templates need in each language; the sentences themselves live in `templates/`. */
export const LABELS = {
  sv: {
    clause: 'Klausul',
    version: 'version',
    and: 'och',
    or: 'eller',
    /** What the special contract condition is about: "ett särskilt kontraktsvillkor om …". */
    types: {
      [ClauseType.Dialogue]: 'dialog om sysselsättningsfrämjande åtgärder',
      [ClauseType.Placements]: 'sysselsättning för personer ur målgruppen',
      [ClauseType.IntegrationInitiative]: 'ett integrationsinitiativ',
    },
    targetGroups: {
      [TargetGroup.Newcomer]: 'nyanlända',
      [TargetGroup.LongTermUnemployed]: 'långtidsarbetslösa',
      [TargetGroup.ShortEducation]: 'personer med högst förgymnasial utbildning',
      [TargetGroup.Disability]: 'personer med funktionsnedsättning som medför nedsatt arbetsförmåga',
      [TargetGroup.Youth]: 'unga 16–29 år som varken arbetar eller studerar',
      [TargetGroup.ForeignBornWomen]: 'utrikes födda kvinnor',
    },
    placementKinds: {
      [PlacementKind.Employment]: 'anställning',
      [PlacementKind.Internship]: 'praktikplats',
      [PlacementKind.Apl]: 'plats för arbetsplatsförlagt lärande (APL)',
      // Stockholm's own extrajobb (the seed's word), not the state's extratjänst.
      [PlacementKind.ExtraJob]: 'extrajobb',
      [PlacementKind.SummerJob]: 'feriejobb',
    },
    /** The kind as work done, after a volume: "24 heltidsmånader anställning". */
    volumeKinds: {
      [PlacementKind.Employment]: 'anställning',
      [PlacementKind.Internship]: 'praktik',
      [PlacementKind.Apl]: 'arbetsplatsförlagt lärande (APL)',
      [PlacementKind.ExtraJob]: 'extrajobb',
      [PlacementKind.SummerJob]: 'feriejobb',
    },
    months: (n: string, one: boolean) => `${n} ${one ? 'månad' : 'månader'}`,
    weeks: (n: string, one: boolean) => `${n} ${one ? 'vecka' : 'veckor'}`,
    days: (n: string, one: boolean) => `${n} ${one ? 'dag' : 'dagar'}`,
    followUpMeetings: (n: string, one: boolean) => `${n} ${one ? 'uppföljande möte' : 'uppföljande möten'}`,
    contractMonth: (n: number) => `vid utgången av avtalsmånad ${n}`,
    contractEnd: 'vid avtalets slut',
    interval: (n: number) =>
      ({ 1: 'varje månad', 2: 'varannan månad', 3: 'varje kvartal', 6: 'varje halvår', 12: 'en gång per år' })[n] ?? `var ${n}:e månad`,
    currency: (n: string) => `${n} kronor`,
    /** The unit a penalty is counted in, after the amount: "20 000 kronor per saknad heltidsmånad". */
    penaltyUnits: {
      [ClauseType.Dialogue]: 'per möte som inte har hållits',
      [ClauseType.Placements]: 'per saknad heltidsmånad',
      [ClauseType.IntegrationInitiative]: 'per delmål som inte har nåtts',
    },
    contact: { email: 'e-post', phone: 'tel.' },
  },
  en: {
    clause: 'Clause',
    version: 'version',
    and: 'and',
    or: 'or',
    /** What the special contract condition is about: "a special contract condition on …". */
    types: {
      [ClauseType.Dialogue]: 'dialogue on employment-promoting measures',
      [ClauseType.Placements]: 'employment for persons from the target group',
      [ClauseType.IntegrationInitiative]: 'an integration initiative',
    },
    targetGroups: {
      [TargetGroup.Newcomer]: 'newly arrived immigrants',
      [TargetGroup.LongTermUnemployed]: 'the long-term unemployed',
      [TargetGroup.ShortEducation]: 'persons with at most compulsory-school education',
      [TargetGroup.Disability]: 'persons with a disability that reduces their capacity for work',
      [TargetGroup.Youth]: 'young people aged 16–29 not in work or study',
      [TargetGroup.ForeignBornWomen]: 'foreign-born women',
    },
    placementKinds: {
      [PlacementKind.Employment]: 'employment',
      [PlacementKind.Internship]: 'internship',
      [PlacementKind.Apl]: 'work-based learning placement (APL)',
      [PlacementKind.ExtraJob]: 'extra job (extrajobb)',
      [PlacementKind.SummerJob]: 'summer job',
    },
    /** The kind as work done, after a volume: "24 full-time months of employment". */
    volumeKinds: {
      [PlacementKind.Employment]: 'employment',
      [PlacementKind.Internship]: 'internships',
      [PlacementKind.Apl]: 'work-based learning (APL)',
      [PlacementKind.ExtraJob]: 'extra jobs (extrajobb)',
      [PlacementKind.SummerJob]: 'summer jobs',
    },
    months: (n: string, one: boolean) => `${n} ${one ? 'month' : 'months'}`,
    weeks: (n: string, one: boolean) => `${n} ${one ? 'week' : 'weeks'}`,
    days: (n: string, one: boolean) => `${n} ${one ? 'day' : 'days'}`,
    followUpMeetings: (n: string, one: boolean) => `${n} ${one ? 'follow-up meeting' : 'follow-up meetings'}`,
    contractMonth: (n: number) => `the end of contract month ${n}`,
    contractEnd: 'the end of the contract',
    interval: (n: number) =>
      ({ 1: 'every month', 3: 'every quarter', 6: 'every six months', 12: 'once a year' })[n] ?? `every ${n} months`,
    currency: (n: string) => `SEK ${n}`,
    /** The unit a penalty is counted in, after the amount: "SEK 20,000 per missing full-time month". */
    penaltyUnits: {
      [ClauseType.Dialogue]: 'per meeting not held',
      [ClauseType.Placements]: 'per missing full-time month',
      [ClauseType.IntegrationInitiative]: 'per milestone not met',
    },
    contact: { email: 'email', phone: 'phone' },
  },
} as const;

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A number in the language's notation (13,5 / 13.5; 1 000 000 / 1,000,000), with ordinary spaces. */
export function formatNumber(n: number, lang: Lang): string {
  return NUMBER_FORMATS[lang].format(n).replace(/[\u00a0\u202f]/g, ' ');
}

/** Built once: constructing an Intl.NumberFormat costs far more than formatting with it. */
const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat(LOCALES.sv, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 2 }),
};

/** "a, b and c" in the language, or "a, b or c". */
export function joinList(items: string[], lang: Lang, conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${LABELS[lang][conjunction]} ${items[items.length - 1]}`;
}
