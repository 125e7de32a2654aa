import { Coded, defineMessages, Lang, Message, messageOf, placeholders, renderText } from './i18n';

/**
 * Codes whose message may stand in a parameter of another message: a word (a placement kind, a
 * labour intensity) or an optional part of a sentence ("(3 more committed)"). A parameter holding
 * such a code is rendered first, with the parameters of the message it stands in, so no English
 * word reaches a Swedish text through a parameter and the rules need no conditional templates.
 */
const PARTS = new Set<string>();

/** Registers a catalog whose codes may also stand in a parameter (see PARTS). */
export function defineParts<T extends Record<string, Message>>(messages: T): T {
  defineMessages(messages);
  for (const code of Object.keys(messages)) PARTS.add(code);
  return messages;
}

/** A stored text from before texts had codes: shown as it was written until it is re-evaluated. */
const LEGACY = defineMessages({ TEXT_UNCODED: { sv: '{text}', en: '{text}' } });

/**
 * Renders a coded text for the reader: a parameter its message uses that holds a part code is
 * rendered first (with the same parameters, so parts nest); parameters it does not use are left
 * alone, so each part is rendered once.
 */
export function renderCoded(coded: Coded | string, lang: Lang, depth = 0): string {
  if (typeof coded === 'string' || !coded.params || depth > 4) return renderText(coded, lang);
  const all = coded.params;
  const params: Coded['params'] = { ...all };
  for (const name of placeholders(messageOf(coded.code)?.[lang] ?? '')) {
    const value = all[name];
    if (typeof value === 'string' && PARTS.has(value)) params[name] = renderCoded({ code: value, params: all }, lang, depth + 1);
  }
  return renderText({ code: coded.code, params }, lang);
}

/** An API response's reasons: rendered for the reader, and as codes with parameters for programs. */
export interface RenderedReasons {
  reasons: string[];
  reasonCodes: Coded[];
}

/** Renders reasons (a legacy plain string gets the code TEXT_UNCODED with the text as parameter). */
export function renderReasons(reasons: readonly (Coded | string)[], lang: Lang): RenderedReasons {
  return {
    reasons: reasons.map((r) => renderCoded(r, lang)),
    reasonCodes: reasons.map((r) => (typeof r === 'string' ? { code: Object.keys(LEGACY)[0], params: { text: r } } : r)),
  };
}

/**
 * What is wrong with a coded text whose parameters may hold parts: an unknown code, a placeholder
 * (of the text or of a part in it) without a parameter, or a parameter neither uses.
 */
export function partsProblems(text: Coded): string[] {
  const message = messageOf(text.code);
  if (!message) return [`${text.code}: unknown code`];
  const params = text.params ?? {};
  const used = new Set<string>();
  const problems: string[] = [];
  const visit = (code: string): void => {
    for (const name of placeholders(messageOf(code)?.sv ?? '')) {
      used.add(name);
      const value = params[name];
      if (!(name in params)) problems.push(`${text.code}: placeholder {${name}} of ${code} has no parameter`);
      else if (typeof value === 'string' && PARTS.has(value)) visit(value);
    }
  };
  visit(text.code);
  return [...problems, ...Object.keys(params).filter((p) => !used.has(p)).map((p) => `${text.code}: parameter ${p} is not used`)];
}
