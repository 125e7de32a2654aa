import { Lang } from '../clauses/text/labels';
import { PlacementKind, TargetGroup } from '../clauses/clause.types';
import { AgeBand, EarlyEndReason, Gender } from './reporting.types';

type Words = Record<Lang, string>;

/** A column of the suppliers' placements file: the API field, its headers and what it may hold. */
export interface PlacementColumn {
  field: string;
  header: Words;
  /** What to write, for the instructions sheet and docs/placement-files.md. */
  help: Words;
  optional?: boolean;
  /** The allowed values with their words; a cell may hold the code or either language's word. */
  values?: Record<string, Words>;
}

const YES_NO: Record<string, Words> = { true: { sv: 'Ja', en: 'Yes' }, false: { sv: 'Nej', en: 'No' } };

/**
 * The same words as the web interface's terms (web/js/strings.js), so the file reads like the form
 * and every value the placements page lists is one the upload reads.
 */
export const KIND_WORDS: Record<PlacementKind, Words> = {
  [PlacementKind.Employment]: { sv: 'Anställning', en: 'Employment' },
  [PlacementKind.Internship]: { sv: 'Praktik', en: 'Internship' },
  [PlacementKind.Apl]: { sv: 'Arbetsplatsförlagt lärande (APL)', en: 'Work-based learning (APL)' },
  [PlacementKind.ExtraJob]: { sv: 'Extrajobb', en: 'Extra job (extrajobb)' },
  [PlacementKind.SummerJob]: { sv: 'Sommarjobb', en: 'Summer job' },
};

export const TARGET_GROUP_WORDS: Record<TargetGroup, Words> = {
  [TargetGroup.Newcomer]: { sv: 'Nyanlända', en: 'Newcomers' },
  [TargetGroup.LongTermUnemployed]: { sv: 'Långtidsarbetslösa', en: 'Long-term unemployed' },
  [TargetGroup.ShortEducation]: { sv: 'Personer med kort utbildning', en: 'People with short education' },
  [TargetGroup.Disability]: { sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' },
  [TargetGroup.Youth]: { sv: 'Unga 16–29 år som varken arbetar eller studerar', en: 'Young people 16–29 not in work or study' },
  [TargetGroup.ForeignBornWomen]: { sv: 'Utrikes födda kvinnor', en: 'Foreign-born women' },
};

const GENDER_WORDS: Record<Gender, Words> = {
  [Gender.Woman]: { sv: 'Kvinna', en: 'Woman' },
  [Gender.Man]: { sv: 'Man', en: 'Man' },
  [Gender.Other]: { sv: 'Annat', en: 'Other' },
  [Gender.NotStated]: { sv: 'Uppgift saknas', en: 'Not stated' },
};

const EARLY_END_WORDS: Record<EarlyEndReason, Words> = {
  [EarlyEndReason.EmployeeResigned]: { sv: 'Den anställda sade upp sig', en: 'The employee resigned' },
  [EarlyEndReason.JustCause]: { sv: 'Uppsägning av personliga skäl eller avsked (saklig grund)', en: 'Dismissal for personal reasons or summary dismissal (just cause)' },
  [EarlyEndReason.SupplierEnded]: { sv: 'Leverantören avslutade anställningen', en: 'The supplier ended the employment' },
  [EarlyEndReason.Other]: { sv: 'Annat skäl', en: 'Other reason' },
};

const AGE_WORDS = Object.fromEntries(Object.values(AgeBand).map((band) => [band, { sv: band, en: band }])) as Record<AgeBand, Words>;

const DATE_HELP: Words = { sv: 'Datum som ÅÅÅÅ-MM-DD.', en: 'A date as YYYY-MM-DD.' };

export const PLACEMENT_COLUMNS: readonly PlacementColumn[] = [
  { field: 'reference', header: { sv: 'Referens', en: 'Reference' }, help: {
    sv: 'Er egen pseudonyma referens, 1–60 tecken, unik för er. Aldrig namn eller personnummer.',
    en: 'Your own pseudonymous reference, 1–60 characters, unique to you. Never a name or personal identity number.' } },
  { field: 'kind', header: { sv: 'Slag av plats', en: 'Kind' }, values: KIND_WORDS, help: {
    sv: 'Den typ av plats som klausulen kräver.', en: 'The kind of placement the clause requires.' } },
  { field: 'offeredDate', header: { sv: 'Erbjuden', en: 'Offered date' }, help: {
    sv: `Dagen platsen erbjöds. ${DATE_HELP.sv}`, en: `The day the placement was offered. ${DATE_HELP.en}` } },
  { field: 'filled', header: { sv: 'Tillsatt', en: 'Filled' }, values: YES_NO, help: {
    sv: 'Ja om platsen är tillsatt, annars Nej.', en: 'Yes when the placement is filled, else No.' } },
  { field: 'startDate', header: { sv: 'Startdatum', en: 'Start date' }, optional: true, help: {
    sv: `Krävs när platsen är tillsatt. ${DATE_HELP.sv}`, en: `Required when filled. ${DATE_HELP.en}` } },
  { field: 'endDate', header: { sv: 'Slutdatum enligt avtal', en: 'Agreed end date' }, optional: true, help: {
    sv: `Sista dagen enligt avtalet; krävs när platsen är tillsatt. ${DATE_HELP.sv}`, en: `The agreed last day; required when filled. ${DATE_HELP.en}` } },
  { field: 'earlyEndDate', header: { sv: 'Sista dag vid förtida avslut', en: 'Early end date' }, optional: true, help: {
    sv: `Bara om platsen slutade i förtid: sista arbetade dagen. ${DATE_HELP.sv}`, en: `Only when it ended early: the last day worked. ${DATE_HELP.en}` } },
  { field: 'earlyEndReason', header: { sv: 'Skäl till förtida avslut', en: 'Early end reason' }, optional: true, values: EARLY_END_WORDS, help: {
    sv: 'Krävs med sista dagen vid förtida avslut.', en: 'Required with the early end date.' } },
  { field: 'workingTimePercent', header: { sv: 'Arbetstid (% av heltid)', en: 'Working time (% of full time)' }, help: {
    sv: 'Ett heltal 1–100.', en: 'A whole number 1–100.' } },
  { field: 'targetGroup', header: { sv: 'Målgrupp', en: 'Target group' }, values: TARGET_GROUP_WORDS, help: {
    sv: 'En av klausulens målgrupper.', en: 'One of the clause’s target groups.' } },
  { field: 'gender', header: { sv: 'Kön', en: 'Gender' }, values: GENDER_WORDS, help: {
    sv: 'Kön som personen uppger; Uppgift saknas går bra.', en: 'Gender as the person states it; Not stated is fine.' } },
  { field: 'ageBand', header: { sv: 'Åldersgrupp', en: 'Age band' }, values: AGE_WORDS, help: {
    sv: 'Åldersgrupp när platsen erbjöds.', en: 'Age band when the placement was offered.' } },
  { field: 'establishmentProgramme', header: { sv: 'Etableringsprogrammet', en: 'Establishment programme' }, values: YES_NO, help: {
    sv: 'Ja om personen deltar i Arbetsförmedlingens etableringsprogram.', en: 'Yes when the person is in the Public Employment Service’s establishment programme.' } },
];

/**
 * The reference of the template's example row. Brackets are not allowed in a reference, so a row
 * holding it can never be a real placement: the upload skips it, whether or not it was deleted.
 */
export const EXAMPLE_REFERENCES: Words = { sv: '(EXEMPEL)', en: '(EXAMPLE)' };

/** Case, accents, spaces, dashes and punctuation do not matter: "Målgrupp", "malgrupp", "MÅL GRUPP". */
export function normalizeWord(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}+]/gu, '');
}

function lookup(entries: [string[], string][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [words, code] of entries) {
    for (const key of new Set(words.map(normalizeWord))) {
      const taken = map.get(key);
      if (taken !== undefined && taken !== code) throw new Error(`"${key}" would mean both ${taken} and ${code}`);
      map.set(key, code);
    }
  }
  return map;
}

const HEADERS = lookup(PLACEMENT_COLUMNS.map((c) => [[c.field, c.header.sv, c.header.en], c.field]));

const VALUES = new Map(
  PLACEMENT_COLUMNS.filter((c) => c.values).map((c) => [c.field, lookup(Object.entries(c.values!).map(([code, w]) => [[code, w.sv, w.en], code]))]),
);
const BOOLEAN_WORDS = lookup([[['1'], 'true'], [['0'], 'false']]);

/** The API field a header names, in Swedish, English or the API's own name; undefined if none. */
export function fieldOfHeader(header: string): string | undefined {
  return HEADERS.get(normalizeWord(header));
}

/**
 * A cell's text as the code the API expects, for a column with listed values (a Swedish or
 * English word, or the code itself); other text is returned as it is, for validation to name.
 */
export function cellCode(field: string, cell: string): string {
  const key = normalizeWord(cell);
  if (field === 'filled' || field === 'establishmentProgramme') return BOOLEAN_WORDS.get(key) ?? VALUES.get(field)!.get(key) ?? cell;
  return VALUES.get(field)?.get(key) ?? cell;
}

export const isExampleReference = (cell: string): boolean => cell === EXAMPLE_REFERENCES.sv || cell === EXAMPLE_REFERENCES.en;
