// @ts-check
import { api } from './api.js';
import { h, replace, uid } from './dom.js';
import { t } from './i18n.js';

const SHOWN = 10;

/**
 * Choose a supplier by typing part of its name or organisation number: the matches (at most ten)
 * come as radio buttons named `name`, so the form sends the chosen supplier's id. The chosen one
 * stays listed while the search changes. A radio group rather than a combobox: every screen reader
 * and keyboard knows it, and the choices are few.
 * @param {{ name: string, legend: string, required?: boolean, selected?: { id: string, name: string, orgNumber?: string } | null, anyLabel?: string }} spec
 *   `anyLabel`: offer "any supplier" (value '') first, for a filter.
 */
export function supplierSearch(spec) {
  const id = uid(`ss-${spec.name}`);
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  let chosen = spec.selected ?? null;
  const input = /** @type {HTMLInputElement} */ (h('input', { id, type: 'search', autocomplete: 'off', maxlength: 100, 'aria-describedby': statusId }));
  const status = h('p', { class: 'hint', id: statusId, role: 'status' });
  const choices = h('div', { class: 'supplier-choices' });

  /** @param {{ id: string, name: string, orgNumber?: string }} s */
  const radio = (s) => {
    const rid = uid(`${id}-o`);
    return h('div', { class: 'field field-radio' },
      h('input', { id: rid, type: 'radio', name: spec.name, value: s.id, checked: chosen?.id === s.id, required: spec.required, dataset: { group: 'true' },
        'aria-describedby': errorId, onchange: () => { chosen = s.id ? s : null; } }),
      h('label', { for: rid }, s.orgNumber ? `${s.name} (${s.orgNumber})` : s.name));
  };

  let asked = 0;
  const search = async () => {
    const mine = ++asked;
    const q = input.value.trim();
    const found = await api('/suppliers', { query: { q, limit: SHOWN } }).catch(() => null);
    if (mine !== asked) return;
    if (!found) return replace(status, t('supplierSearch.failed'));
    const listed = found.items.filter((/** @type {any} */ s) => s.id !== chosen?.id);
    replace(status, found.total > SHOWN ? t('supplierSearch.more', { shown: SHOWN, total: found.total }) : t('supplierSearch.count', { count: found.total }));
    replace(choices,
      spec.anyLabel ? radio({ id: '', name: spec.anyLabel }) : null,
      chosen ? radio(chosen) : null,
      listed.map(radio));
    if (spec.anyLabel && !chosen) /** @type {HTMLInputElement} */ (choices.querySelector('input')).checked = true;
  };
  let timer = 0;
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(search, 250); });
  // Enter searches at once rather than submitting the form around it.
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); clearTimeout(timer); void search(); } });
  void search();

  return h('fieldset', { class: 'supplier-search' },
    h('legend', null, spec.legend, spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    h('label', { for: id }, t('supplierSearch.label')),
    input, status,
    h('p', { class: 'field-error', id: errorId, hidden: true }),
    choices);
}
