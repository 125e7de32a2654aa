/** The reader's language: Swedish is the default, English the alternative. */
export type Lang = 'sv' | 'en';

export const LANGS: readonly Lang[] = ['sv', 'en'];

/** A text as a stable code with its parameters; rendered for the reader. */
export interface Coded {
  code: string;
  params?: Record<string, string | number | boolean | null>;
}

/** A catalog entry: Swedish and English with {name} placeholders (the web's strings.js syntax). */
export type Message = { sv: string; en: string };

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

// One registry for the process: catalogs register when their module is first imported, so a
// code is known wherever the code that uses it is loaded.
const registry = new Map<string, Message>();

/** Registers a module's catalog; a code defined twice (in any two catalogs) throws. */
export function defineMessages<T extends Record<string, Message>>(messages: T): T {
  for (const [code, message] of Object.entries(messages)) {
    if (!CODE.test(code)) throw new Error(`Message code ${code} is not UPPER_SNAKE`);
    if (registry.has(code)) throw new Error(`Message code ${code} is defined twice`);
    registry.set(code, message);
  }
  return messages;
}

export function messageOf(code: string): Message | undefined {
  return registry.get(code);
}

/** Shorthand for a coded text, typed against a catalog so a misspelt code fails to compile. */
export function coded<T extends Record<string, Message>>(
  _catalog: T,
  code: keyof T & string,
  params?: Coded['params'],
): Coded {
  return params ? { code, params } : { code };
}

export function isCoded(value: unknown): value is Coded {
  return typeof value === 'object' && value !== null && typeof (value as Coded).code === 'string';
}

/** The names of a text's {placeholders}, sorted and without repeats. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * What is wrong with a catalog: an empty text, or Swedish and English that do not use the same
 * placeholders. Each module's spec expects this to be empty.
 */
export function catalogProblems(messages: Record<string, Message>): string[] {
  const problems: string[] = [];
  for (const [code, m] of Object.entries(messages)) {
    if (!m.sv?.trim()) problems.push(`${code}: empty Swedish text`);
    if (!m.en?.trim()) problems.push(`${code}: empty English text`);
    const sv = placeholders(m.sv ?? '').join(',');
    const en = placeholders(m.en ?? '').join(',');
    if (sv !== en) problems.push(`${code}: placeholders differ (sv {${sv}} vs en {${en}})`);
  }
  return problems;
}

/**
 * What is wrong with a coded text a rule produced: an unknown code, a parameter its message does
 * not use, or a placeholder left without a parameter.
 */
export function codedProblems(text: Coded): string[] {
  const message = registry.get(text.code);
  if (!message) return [`${text.code}: unknown code`];
  const used = placeholders(message.sv);
  const given = Object.keys(text.params ?? {});
  return [
    ...given.filter((p) => !used.includes(p)).map((p) => `${text.code}: parameter ${p} is not used`),
    ...used.filter((p) => !given.includes(p)).map((p) => `${text.code}: placeholder {${p}} has no parameter`),
  ];
}
