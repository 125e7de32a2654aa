// @ts-check
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { section } from '../ui.js';

/** The procurement's clauses: list, draft, text preview and the PDF annex. */
export async function clausesSection(p, ctx) {
  return section(t('clauses.heading'), h('p', { class: 'empty' }, t('list.empty')));
}
