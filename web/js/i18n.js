// @ts-check
import { STRINGS } from './strings.js';

const LANG_KEY = 'social-clauses.lang';

/** @returns {'sv' | 'en'} Swedish unless English was chosen. */
export function lang() {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'sv';
}

/** @param {'sv' | 'en'} value */
export function setLang(value) {
  localStorage.setItem(LANG_KEY, value);
  document.documentElement.lang = value;
}

/**
 * The text for a key in the current language, with {name} placeholders filled in.
 * @param {string} key
 * @param {Record<string, string | number>} [vars]
 */
export function t(key, vars = {}) {
  const entry = STRINGS[key];
  const text = entry ? entry[lang() === 'en' ? 1 : 0] : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** A domain code (e.g. PLACEMENTS) in words, falling back to the code itself. @param {string} group @param {string} code */
export function term(group, code) {
  const key = `${group}.${code}`;
  return key in STRINGS ? t(key) : code;
}

const STOCKHOLM = 'Europe/Stockholm';

function locale() {
  return lang() === 'en' ? 'en-GB' : 'sv-SE';
}

/** @param {number | null | undefined} value @param {number} [maximumFractionDigits] */
export function formatNumber(value, maximumFractionDigits = 1) {
  return value === null || value === undefined ? '–' : new Intl.NumberFormat(locale(), { maximumFractionDigits }).format(value);
}

/**
 * A date as written, or a timestamp as its day in Stockholm, where the records are kept (a
 * procurement published on an earlier day is stored as that day's Stockholm midnight).
 * @param {string | null | undefined} iso a date or timestamp
 */
export function formatDate(iso) {
  if (!iso) return '–';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: STOCKHOLM }).format(date);
}

/** A timestamp as its day and time in Stockholm. @param {string | null | undefined} iso */
export function formatDateTime(iso) {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: STOCKHOLM }).format(date);
}

/** Today's date in Stockholm, YYYY-MM-DD (Swedish dates are written that way). */
export function todayInStockholm() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The date `days` calendar days after a YYYY-MM-DD date (noon UTC, so no daylight-saving shift moves the day). @param {string} iso @param {number} days */
export function addDays(iso, days) {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
