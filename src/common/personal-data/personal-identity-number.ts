/**
 * The personal-data screen: finds Swedish personal identity numbers (personnummer) and coordination
 * numbers (samordningsnummer, day of birth + 60) in any text, the way a careless user or an
 * attacker would write them. One definition for every edge (JSON bodies, query strings, the
 * Idempotency-Key header, CSV cells, evidence file names) and for the scan of stored data.
 *
 * The text is normalised first: each character to its NFKC form (full-width digits become ASCII
 * digits), format and zero-width characters (\p{Cf}) dropped. Then a date part of six (YYMMDD) or
 * eight (YYYYMMDD, century 18, 19 or 20) digits with a valid month and day, followed by four digits,
 * with any run of dashes, dots, slashes, underscores, plus signs or whitespace between, is refused —
 * whether its check digit is right or not: a mistyped personnummer is still personal data.
 *
 * Text shaped like a UUID is left alone: ids are everywhere in requests and stored rows, and a random
 * one now and then starts with eight digits that read as a date.
 */

/** What a found number is replaced with when stored data is redacted. */
export const REDACTED = '[borttaget]';

const FORMAT_CHARACTER = /\p{Cf}/u;
const NEEDS_NORMALISING = /[^\x00-\x7f]/;
const SEPARATOR = String.raw`[\p{Pd}\u2212./_+\s]`;
const CANDIDATE = new RegExp(String.raw`(?<!\d)(\d{2})?(\d{6})${SEPARATOR}*(\d{4})(?!\d)`, 'gu');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const CENTURIES = new Set(['18', '19', '20']);

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts and ends in the original text. */
  start: number[];
  end: number[];
}

/** NFKC per character, format characters dropped, UUIDs masked; keeps the way back to the original. */
export function normaliseForScreen(original: string): Normalised {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  if (!NEEDS_NORMALISING.test(original)) {
    text = original;
    for (let i = 0; i < original.length; i++) { start.push(i); end.push(i + 1); }
  } else {
    let at = 0;
    for (const character of original) {
      const next = at + character.length;
      if (!FORMAT_CHARACTER.test(character)) {
        const normalised = character.normalize('NFKC');
        text += normalised;
        for (let i = 0; i < normalised.length; i++) { start.push(at); end.push(next); }
      }
      at = next;
    }
  }
  return { text: text.replace(UUID, (uuid) => 'u'.repeat(uuid.length)), start, end };
}

/** Spans [start, end) of the original text that hold a personal identity number. */
function findSpans(original: string): [number, number][] {
  if (original.length < 10) return [];
  const { text, start, end } = normaliseForScreen(original);
  const spans: [number, number][] = [];
  const candidate = new RegExp(CANDIDATE);
  for (let match = candidate.exec(text); match; match = candidate.exec(text)) {
    const [whole, century, date] = match;
    if ((century === undefined || CENTURIES.has(century)) && validDatePart(date)) {
      spans.push([start[match.index], end[match.index + whole.length - 1]]);
    } else {
      // A candidate that is no number may still overlap one that is.
      candidate.lastIndex = match.index + 1;
    }
  }
  return spans;
}

export function containsPersonalIdentityNumber(text: string): boolean {
  return findSpans(text).length > 0;
}

/** The text with each personal identity number in it (only that part) replaced by REDACTED. */
export function redactPersonalIdentityNumbers(text: string): string {
  let redacted = text;
  for (const [from, to] of findSpans(text).reverse()) redacted = redacted.slice(0, from) + REDACTED + redacted.slice(to);
  return redacted;
}

function screened(value: unknown): value is string | number | bigint {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint';
}

/**
 * The path of the first string or number in a JSON-like value that holds a personal identity
 * number, e.g. `comment` or `placements.2.reference`; a key holding one names its parent (the key
 * itself must not be echoed). `root` names the value itself. Walks with its own stack, so no nesting
 * depth can overflow the call stack.
 */
export function findPersonalIdentityNumber(value: unknown, root = '(body)'): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (screened(current)) {
      if (containsPersonalIdentityNumber(String(current))) return path || root;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const entries = Object.entries(current);
    for (const [key] of entries) if (containsPersonalIdentityNumber(key)) return path || root;
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      stack.push({ value: child, path: path ? `${path}.${key}` : key });
    }
  }
  return undefined;
}

/**
 * Every path in a JSON-like value whose string, number or key holds a personal identity number,
 * and the value with each of them redacted (numbers become the REDACTED string).
 */
export function redactJson(value: unknown): { paths: string[]; redacted: unknown } {
  const paths: string[] = [];
  const visit = (current: unknown, path: string, depth: number): unknown => {
    if (screened(current)) {
      const text = String(current);
      if (!containsPersonalIdentityNumber(text)) return current;
      paths.push(path);
      return typeof current === 'string' ? redactPersonalIdentityNumbers(text) : REDACTED;
    }
    if (current === null || typeof current !== 'object' || depth > 200) return current;
    if (Array.isArray(current)) return current.map((child, i) => visit(child, path ? `${path}.${i}` : String(i), depth + 1));
    return Object.fromEntries(Object.entries(current).map(([key, child]) => {
      const safeKey = containsPersonalIdentityNumber(key) ? redactPersonalIdentityNumbers(key) : key;
      if (safeKey !== key) paths.push(path ? `${path}.${safeKey}` : safeKey);
      return [safeKey, visit(child, path ? `${path}.${safeKey}` : safeKey, depth + 1)];
    }));
  };
  const redacted = visit(value, '', 0);
  return { paths, redacted };
}

function validDatePart(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
