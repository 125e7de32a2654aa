import { Coded, Lang, messageOf } from './catalog';

const BOOLEAN: Record<Lang, [string, string]> = { sv: ['ja', 'nej'], en: ['yes', 'no'] };

/** camelCase or snake_case to UPPER_SNAKE: placementKind → PLACEMENT_KIND. */
function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/**
 * A parameter as the reader sees it. A word-like value (a kind, a status) is looked up as
 * `<PARAM>_<VALUE>` — `{ kind: 'EMPLOYMENT' }` renders the catalog's KIND_EMPLOYMENT — so no
 * English enum value leaks into a Swedish text; any other string (a name, a reference, an ISO
 * date) is shown as it is. Numbers get the language's decimal mark but no digit grouping, since
 * years and reference numbers travel as numbers too.
 */
function renderParam(name: string, value: string | number | boolean | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return BOOLEAN[lang][value ? 0 : 1];
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '–';
    return lang === 'sv' ? text.replace('.', ',') : text;
  }
  if (/^[A-Za-z][A-Za-z0-9_]*$/.test(value)) {
    const word = messageOf(`${upperSnake(name)}_${upperSnake(value)}`);
    if (word) return word[lang];
  }
  return value;
}

/**
 * A text in the reader's language. A plain string (legacy, e.g. a stored reason from before
 * codes) is returned as it is; an unknown code is returned as the code rather than failing the
 * answer it is part of; a placeholder without a parameter stays visible as {name}.
 */
export function renderText(text: Coded | string, lang: Lang): string {
  if (typeof text === 'string') return text;
  const message = messageOf(text.code);
  if (!message) return text.code;
  const params = text.params ?? {};
  return message[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? renderParam(name, params[name], lang) : whole,
  );
}
