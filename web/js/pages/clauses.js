// @ts-check
import { api, download } from '../api.js';
import { h } from '../dom.js';
import { formatNumber, lang, t, term } from '../i18n.js';
import { badge, facts, flash, notice, section } from '../ui.js';

const TYPES = ['PLACEMENTS', 'DIALOGUE', 'INTEGRATION_INITIATIVE'];

/** The procurement's clauses: each with its text preview, drafting links, and the annex as PDF and Word. */
export async function clausesSection(p, { user, refresh }) {
  const clauses = await api(`/procurements/${p.id}/clauses`);
  const officer = ['officer', 'admin'].includes(user.role);
  const editable = officer && ['DRAFT', 'PUBLISHED', 'AWARDED'].includes(p.status);
  const message = h('div');
  const annex = (language, format = 'pdf') => async () => {
    try {
      await download(`/procurements/${p.id}/annex.${format}`, `${p.referenceNumber}.${format}`, { lang: language });
    } catch (error) {
      message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  return section(t('clauses.heading'),
    message,
    clauses.length ? clauses.map((c) => clauseCard(c, p, { officer, editable, refresh, message })) : h('p', { class: 'empty' }, t('clauses.none')),
    officer && p.status === 'DRAFT'
      ? h('div', { class: 'actions' }, TYPES.map((type) => h('a', { class: 'button secondary', href: `#/procurements/${p.id}/clauses/new?type=${type}` }, t('clauses.add', { type: term('clauseType', type) }))))
      : null,
    clauses.length ? h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', onclick: annex('sv') }, t('clauses.annexSv')),
      h('button', { type: 'button', class: 'button secondary', onclick: annex('en') }, t('clauses.annexEn')),
      h('button', { type: 'button', class: 'button secondary', onclick: annex('sv', 'docx') }, t('clauses.annexDocxSv')),
      h('button', { type: 'button', class: 'button secondary', onclick: annex('en', 'docx') }, t('clauses.annexDocxEn'))) : null);
}

function clauseCard(c, p, { officer, editable, refresh, message }) {
  const v = c.current;
  const preview = h('div', { class: 'preview-area' });
  const langSelect = /** @type {HTMLSelectElement} */ (h('select', { id: `lang-${c.id}` },
    h('option', { value: 'sv', selected: lang() === 'sv' }, 'Svenska'), h('option', { value: 'en', selected: lang() === 'en' }, 'English')));
  const showText = async () => {
    const text = await api(`/clauses/${c.id}/text`, { query: { lang: langSelect.value, format: 'text' } });
    preview.replaceChildren(h('pre', { class: 'preview', tabindex: '0', 'aria-label': t('clauses.preview'), lang: langSelect.value }, text));
  };
  const remove = async () => {
    if (!window.confirm(t('clauses.confirmRemove', { number: c.number }))) return;
    try {
      await api(`/clauses/${c.id}`, { method: 'DELETE' });
      flash(t('clauses.removed'));
      refresh();
    } catch (error) {
      message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  return h('article', { class: 'clause', 'aria-labelledby': `clause-${c.id}` },
    h('h3', { id: `clause-${c.id}` }, t('clauses.number', { number: c.number }), ' ', v.title),
    facts([
      [t('clauses.type'), badge('clauseType', c.type)],
      [t('clauses.version'), `${c.currentVersion}${v.publishedAt ? ` (${t('clauses.frozen')})` : ''}`],
      [t('clauses.targetGroups'), v.targetGroups.map((g) => term('targetGroup', g)).join(', ')],
      v.totalFullTimeMonths !== null ? [t('clauses.totalFullTimeMonths'), formatNumber(v.totalFullTimeMonths)] : null,
      [t('clauses.eforms'), h('code', null, (v.socialObjectives ?? []).join(', '))],
    ].filter(Boolean)),
    h('div', { class: 'actions' },
      h('label', { for: `lang-${c.id}` }, t('clauses.previewLanguage')), langSelect,
      h('button', { type: 'button', class: 'button secondary', onclick: () => void showText() }, t('clauses.showText')),
      editable ? h('a', { class: 'button secondary', href: `#/clauses/${c.id}/edit` }, p.status === 'DRAFT' ? t('clauses.edit') : t('clauses.newVersion')) : null,
      officer && p.status === 'DRAFT' ? h('button', { type: 'button', class: 'button danger', onclick: () => void remove() }, t('clauses.remove')) : null),
    preview);
}
