import { ClauseType, PlacementKind, TargetGroup } from '../clause.types';

export type Lang = 'sv' | 'en';

/** Words the templates need in each language; the sentences themselves live in `templates/`. */
export const LABELS = {
  sv: {
    clause: 'Klausul',
    version: 'version',
    and: 'och',
    types: {
      [ClauseType.Dialogue]: 'Krav på dialog',
      [ClauseType.Placements]: 'Skarpa krav på numerärer (sysselsättningskrav)',
      [ClauseType.IntegrationInitiative]: 'Integrationsinitiativ',
    },
    targetGroups: {
      [TargetGroup.Newcomer]: 'nyanlända',
      [TargetGroup.LongTermUnemployed]: 'långtidsarbetslösa',
      [TargetGroup.ShortEducation]: 'personer med kort utbildning',
      [TargetGroup.Disability]: 'personer med funktionsnedsättning',
      [TargetGroup.Youth]: 'unga 16–29 år som varken arbetar eller studerar',
      [TargetGroup.ForeignBornWomen]: 'utrikes födda kvinnor',
    },
    placementKinds: {
      [PlacementKind.Employment]: 'anställning',
      [PlacementKind.Internship]: 'praktikplats',
      [PlacementKind.Apl]: 'plats för arbetsplatsförlagt lärande (APL)',
      [PlacementKind.ExtraJob]: 'extratjänst för unga nyanlända 16–29 år',
      [PlacementKind.SummerJob]: 'feriejobb',
    },
    /** The kind as work done, after a volume: "24 heltidsmånader anställning". */
    volumeKinds: {
      [PlacementKind.Employment]: 'anställning',
      [PlacementKind.Internship]: 'praktik',
      [PlacementKind.Apl]: 'arbetsplatsförlagt lärande (APL)',
      [PlacementKind.ExtraJob]: 'extratjänst för unga nyanlända 16–29 år',
      [PlacementKind.SummerJob]: 'feriejobb',
    },
    months: (n: string, one: boolean) => `${n} ${one ? 'månad' : 'månader'}`,
    weeks: (n: string, one: boolean) => `${n} ${one ? 'vecka' : 'veckor'}`,
    contractMonth: (n: number) => `utgången av avtalsmånad ${n}`,
    contractEnd: 'vid avtalets slut',
    interval: (n: number) =>
      ({ 1: 'varje månad', 2: 'varannan månad', 3: 'varje kvartal', 6: 'varje halvår', 12: 'en gång per år' })[n] ?? `var ${n}:e månad`,
    currency: (n: string) => `${n} kronor`,
  },
  en: {
    clause: 'Clause',
    version: 'version',
    and: 'and',
    types: {
      [ClauseType.Dialogue]: 'Dialogue requirement',
      [ClauseType.Placements]: 'Numerical placements requirement (employment requirement)',
      [ClauseType.IntegrationInitiative]: 'Integration initiative',
    },
    targetGroups: {
      [TargetGroup.Newcomer]: 'newly arrived immigrants',
      [TargetGroup.LongTermUnemployed]: 'the long-term unemployed',
      [TargetGroup.ShortEducation]: 'people with short education',
      [TargetGroup.Disability]: 'people with disabilities',
      [TargetGroup.Youth]: 'young people aged 16–29 not in work or study',
      [TargetGroup.ForeignBornWomen]: 'foreign-born women',
    },
    placementKinds: {
      [PlacementKind.Employment]: 'employment',
      [PlacementKind.Internship]: 'internship',
      [PlacementKind.Apl]: 'work-based learning placement (APL)',
      [PlacementKind.ExtraJob]: 'extra job for young newcomers aged 16–29',
      [PlacementKind.SummerJob]: 'summer job',
    },
    /** The kind as work done, after a volume: "24 full-time months of employment". */
    volumeKinds: {
      [PlacementKind.Employment]: 'employment',
      [PlacementKind.Internship]: 'internships',
      [PlacementKind.Apl]: 'work-based learning (APL)',
      [PlacementKind.ExtraJob]: 'extra jobs for young newcomers aged 16–29',
      [PlacementKind.SummerJob]: 'summer jobs',
    },
    months: (n: string, one: boolean) => `${n} ${one ? 'month' : 'months'}`,
    weeks: (n: string, one: boolean) => `${n} ${one ? 'week' : 'weeks'}`,
    contractMonth: (n: number) => `the end of contract month ${n}`,
    contractEnd: 'the end of the contract',
    interval: (n: number) =>
      ({ 1: 'every month', 3: 'every quarter', 6: 'every six months', 12: 'once a year' })[n] ?? `every ${n} months`,
    currency: (n: string) => `SEK ${n}`,
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

/** "a, b and c" in the language. */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${LABELS[lang].and} ${items[items.length - 1]}`;
}
