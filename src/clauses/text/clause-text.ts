import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ClauseType } from '../clause.types';
import { ClauseTextInput, clauseView } from './clause-view';
import { Lang, LABELS } from './labels';

export type TextFormat = 'text' | 'markdown';

const TEMPLATE_FILES: Record<ClauseType, string> = {
  [ClauseType.Dialogue]: 'dialogue.hbs',
  [ClauseType.Placements]: 'placements.hbs',
  [ClauseType.IntegrationInitiative]: 'integration-initiative.hbs',
};

/** `templates/` at the project root, from src/ (tests, ts-node) as well as from dist/src/ (built service). */
export const TEMPLATES_DIR = [join(__dirname, '../../../templates'), join(__dirname, '../../../../templates')].find((dir) =>
  existsSync(join(dir, 'sv', 'placements.hbs')),
) ?? join(__dirname, '../../../templates');

/** Characters that would change the meaning of inserted text in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeMarkdown(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v)]));
  return value;
}

type Compiled = Record<Lang, Record<ClauseType, Handlebars.TemplateDelegate>>;

/**
 * One Handlebars environment per output format. HTML escaping is off (the outputs are not HTML);
 * for Markdown the inserted values are escaped instead, and `strong` emphasises. Every `_name.hbs`
 * beside the type templates is the partial `name`, shared by the three clause types. Compiled
 * strict: a name the view does not have throws instead of printing nothing.
 */
function compileAll(format: TextFormat): Compiled {
  const hb = Handlebars.create();
  hb.registerHelper('strong', (text: string) => (format === 'markdown' ? `**${text}**` : text));
  const options = { noEscape: true, strict: true };
  const compileLang = (lang: Lang): Record<ClauseType, Handlebars.TemplateDelegate> => {
    const dir = join(TEMPLATES_DIR, lang);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    const partials = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => file.startsWith('_') && file.endsWith('.hbs'))
        .map((file) => [file.slice(1, -'.hbs'.length), hb.compile(read(file), options)]),
    );
    const compile = (type: ClauseType) => {
      const template = hb.compile(read(TEMPLATE_FILES[type]), options);
      return (context: unknown) => template(context, { partials });
    };
    return {
      [ClauseType.Dialogue]: compile(ClauseType.Dialogue),
      [ClauseType.Placements]: compile(ClauseType.Placements),
      [ClauseType.IntegrationInitiative]: compile(ClauseType.IntegrationInitiative),
    };
  };
  return { sv: compileLang('sv'), en: compileLang('en') };
}

let compiled: Record<TextFormat, Compiled> | undefined;
const templates = (): Record<TextFormat, Compiled> => (compiled ??= { text: compileAll('text'), markdown: compileAll('markdown') });

/** The heading of a clause as printed: "Klausul 2. Sysselsättningskrav", with the version from the second on. */
export function clauseHeading(input: Pick<ClauseTextInput, 'number' | 'title' | 'version'>, lang: Lang): string {
  const l = LABELS[lang];
  return `${l.clause} ${input.number}. ${input.title}${input.version > 1 ? ` (${l.version} ${input.version})` : ''}`;
}

/** The body of a clause (without its heading) as it goes into the tender documents. */
export function renderClauseBody(input: ClauseTextInput, format: TextFormat, lang: Lang): string {
  const view = clauseView(input, lang);
  const text = templates()[format][lang][input.type](format === 'markdown' ? escapeDeep(view) : view);
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Heading and body: plain text, or Markdown with a level-2 heading. */
export function renderClauseText(input: ClauseTextInput, format: TextFormat, lang: Lang): string {
  const heading = clauseHeading(input, lang);
  const top = format === 'markdown' ? `## ${escapeMarkdown(heading)}` : `${heading}\n${'='.repeat(heading.length)}`;
  return `${top}\n\n${renderClauseBody(input, format, lang)}`;
}
