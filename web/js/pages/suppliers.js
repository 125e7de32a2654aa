// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { t } from '../i18n.js';
import { flash, pager, searchForm, section, table } from '../ui.js';

/** The supplier register: search, and (officer) add a supplier. */
export async function suppliersPage(page, { query, go, user, refresh }) {
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const result = await api('/suppliers', { query: { q, offset, limit: 20 } });
  const to = (params) => go(`suppliers?${new URLSearchParams(params)}`);
  append(page, [
    h('h1', null, t('suppliers.heading')),
    searchForm(t('suppliers.search'), q, (value) => to({ q: value })),
    table(t('suppliers.heading'), [
      { label: t('supplier.name'), cell: (s) => s.name },
      { label: t('supplier.orgNumber'), cell: (s) => s.orgNumber },
      { label: t('supplier.contactEmail'), cell: (s) => s.contactEmail },
      { label: t('supplier.id'), cell: (s) => h('code', null, s.id) },
    ], result.items),
    pager(result, (next) => to({ q, offset: String(next) })),
    ['officer', 'admin'].includes(user.role) ? createSupplier(refresh) : null,
  ]);
}

function createSupplier(done) {
  const form = /** @type {HTMLFormElement} */ (h('form', null,
    errorSummary(),
    field({ name: 'name', label: t('supplier.name'), required: true, maxlength: 200, autocomplete: 'organization' }),
    field({ name: 'orgNumber', label: t('supplier.orgNumber'), required: true, hint: t('supplier.orgNumberHint'), pattern: '\\d{6}-?\\d{4}' }),
    field({ name: 'contactEmail', label: t('supplier.contactEmail'), type: 'email', required: true, autocomplete: 'email' }),
    field({ name: 'streetAddress', label: t('supplier.streetAddress'), autocomplete: 'street-address' }),
    field({ name: 'postalCode', label: t('supplier.postalCode'), pattern: '\\d{3} ?\\d{2}', autocomplete: 'postal-code' }),
    field({ name: 'city', label: t('supplier.city'), autocomplete: 'address-level2' }),
    submitButton(t('suppliers.create')),
  ));
  onSubmit(form, async (values) => {
    const created = await api('/suppliers', { method: 'POST', body: values });
    flash(t('suppliers.created', { name: created.name }));
    done();
  });
  return section(t('suppliers.new'), form);
}
