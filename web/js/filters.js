// @ts-check
import { api } from './api.js';
import { h, uid } from './dom.js';
import { t } from './i18n.js';
import { supplierSearch } from './supplier-search.js';

/**
 * @typedef {{ name: string, label: string, type: 'search' | 'select' | 'date' | 'supplier', options?: [string, string][] }} FilterField
 */

/** The filter names a list keeps in its address, with their values (empty ones left out). @param {URLSearchParams} query @param {string[]} names */
export function filterValues(query, names) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const name of names) {
    const value = query.get(name);
    if (value) values[name] = value;
  }
  return values;
}

/** The contracting units to filter by, as select options (a staff list; empty when the caller may not read it). */
export async function unitOptions() {
  const units = await api('/contracting-units', { query: { limit: 200 }, quiet: true }).catch(() => null);
  return /** @type {[string, string][]} */ ((units?.items ?? []).map((u) => [u.name, u.name]));
}

/** The supplier a filter names, to show it chosen. @param {string | undefined} id */
export async function chosenSupplier(id) {
  return id ? api(`/suppliers/${id}`).catch(() => null) : null;
}

/**
 * A list's filters as a search form. Applying it goes to `path?<filters>`, so the filters live in
 * the address: reload, back and forward, and a link sent to a colleague all keep them.
 * @param {{ path: string, fields: FilterField[], values: Record<string, string>, supplier?: any }} spec
 *   `supplier`: the chosen supplier (id, name) for a 'supplier' field
 * @param {(path: string) => void} go
 */
export function filterForm(spec, go) {
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'search filters', role: 'search', 'aria-label': t('filters.label') },
    spec.fields.map((f) => control(f, spec)),
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'button secondary' }, t('filters.apply')),
      Object.keys(spec.values).length ? h('a', { href: `#/${spec.path}` }, t('filters.clear')) : null)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
    const search = params.toString();
    go(search ? `${spec.path}?${search}` : spec.path);
  });
  return form;
}

/** @param {FilterField} f @param {{ values: Record<string, string>, supplier?: any }} spec */
function control(f, spec) {
  const value = spec.values[f.name] ?? '';
  if (f.type === 'supplier') {
    return supplierSearch({ name: f.name, legend: f.label, anyLabel: t('filters.anySupplier'), selected: spec.supplier ?? null });
  }
  const id = uid(`flt-${f.name}`);
  const input = f.type === 'select'
    ? h('select', { id, name: f.name }, h('option', { value: '' }, t('filters.any')),
      (f.options ?? []).map(([v, text]) => h('option', { value: v, selected: v === value }, text)))
    : h('input', { id, name: f.name, type: f.type, value, maxlength: f.type === 'search' ? 100 : undefined });
  return h('div', { class: 'field' }, h('label', { for: id }, f.label), input);
}
