import MarkdownIt from 'markdown-it';

/** A stretch of text in one weight. */
export interface Run {
  text: string;
  bold: boolean;
}

export interface ListItem {
  /** 0 for an item of the outer list, 1 for one of a list inside it, … */
  level: number;
  runs: Run[];
}

/** What a clause text is made of, as both the PDF and the Word annex lay it out. */
export type BodyBlock =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'subheading'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: ListItem[] };

/**
 * The Markdown the clause templates write: paragraphs, headings, lists, **bold** labels and the
 * backslash escapes of inserted values. Everything else reads as the plain text it is (an indented
 * line is not code, `&amp;` is not an entity, brackets are not links).
 */
const markdown = new MarkdownIt('commonmark', { html: false }).disable([
  'code', 'fence', 'blockquote', 'hr', 'reference', 'html_block', 'lheading',
  'backticks', 'link', 'image', 'autolink', 'html_inline', 'entity',
]);


/** The blocks of a Markdown clause text, in order. */
export function markdownBlocks(text: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let list: Extract<BodyBlock, { kind: 'list' }> | null = null;
  let listDepth = 0;
  let item: ListItem | null = null;
  let heading = false;
  for (const token of markdown.parse(text, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listDepth++ === 0) blocks.push((list = { kind: 'list', ordered: token.type === 'ordered_list_open', items: [] }));
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (--listDepth === 0) list = null;
        break;
      case 'list_item_open':
        list?.items.push((item = { level: listDepth - 1, runs: [] }));
        break;
      case 'list_item_close':
        item = null;
        break;
      case 'heading_open':
        heading = true;
        break;
      case 'heading_close':
        heading = false;
        break;
      case 'inline':
        if (item) item.runs = merge([...item.runs, ...(item.runs.length ? [{ text: ' ', bold: false }] : []), ...inlineRuns(token)]);
        else blocks.push({ kind: heading ? 'subheading' : 'paragraph', runs: inlineRuns(token) });
        break;
    }
  }
  return blocks;
}

/** The text of an inline token in runs of one weight; a line break within a paragraph is a space. */
function inlineRuns(inline: MarkdownIt.Token): Run[] {
  const runs: Run[] = [];
  let bold = false;
  for (const child of inline.children ?? []) {
    if (child.type === 'strong_open') bold = true;
    else if (child.type === 'strong_close') bold = false;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') runs.push({ text: ' ', bold });
    else if (child.type === 'text') runs.push({ text: child.content, bold });
  }
  return merge(runs);
}

function merge(runs: Run[]): Run[] {
  return runs.reduce<Run[]>((merged, run) => {
    const last = merged[merged.length - 1];
    if (run.text === '') return merged;
    if (last && last.bold === run.bold) last.text += run.text;
    else merged.push({ ...run });
    return merged;
  }, []);
}

/** The plain text of runs. */
export const runsText = (runs: Run[]): string => runs.map((run) => run.text).join('');
