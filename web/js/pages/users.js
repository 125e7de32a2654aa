// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { formatDate, t } from '../i18n.js';
import { badge, flash, notice, pager, searchForm, section, table } from '../ui.js';

const STAFF_ROLES = ['admin', 'officer', 'pact_office'];

/**
 * User accounts: an admin manages everyone; officers and the pact office suppliers' users; a
 * supplier's administrator its colleagues. The API decides who sees and changes whom; the page
 * offers only what the person may do.
 */
export async function usersPage(page, { query, go, user, refresh }) {
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const result = await api('/users', { query: { q, offset, limit: 20 } });
  const to = (params) => go(`users?${new URLSearchParams(params)}`);
  const admin = user.role === 'admin';
  const message = h('div', { role: 'status' });
  append(page, [
    h('h1', null, t('users.heading')),
    h('p', null, t(user.role === 'supplier' ? 'users.introSupplier' : admin ? 'users.introAdmin' : 'users.introStaff')),
    searchForm(t('users.search'), q, (value) => to({ q: value })),
    message,
    table(t('users.heading'), [
      { label: t('user.name'), cell: (u) => u.name },
      { label: t('user.email'), cell: (u) => u.email },
      { label: t('user.role'), cell: (u) => [t(`role.${u.role}`), u.supplierName ? `, ${u.supplierName}` : '', u.supplierAdmin ? ` (${t('user.supplierAdmin')})` : ''] },
      { label: t('user.status'), cell: (u) => badge('userStatus', u.status) },
      { label: t('user.lastSignIn'), cell: (u) => (u.lastSignInAt ? formatDate(u.lastSignInAt) : t('user.never')) },
      { label: t('users.actions'), cell: (u) => actions(u, user, message, refresh) },
    ], result.items),
    pager(result, (next) => to({ q, offset: String(next) })),
    section(t('users.invite'), await inviteForm(user, query.get('supplierId'), refresh)),
  ]);
}

/** Disable or enable, invite again, and (admins, staff accounts) change the role. */
function actions(target, user, message, refresh) {
  const run = async (/** @type {() => Promise<unknown>} */ change, /** @type {string} */ done) => {
    try {
      await change();
      flash(done);
      refresh();
    } catch (error) {
      message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  const patch = (body) => api(`/users/${target.id}`, { method: 'PATCH', body });
  const disabled = target.status === 'DISABLED';
  const self = target.id === user.id;
  return h('div', { class: 'actions' },
    self ? null : h('button', {
      type: 'button', class: disabled ? 'button secondary' : 'button danger', 'aria-label': t(disabled ? 'users.enableNamed' : 'users.disableNamed', { name: target.name }),
      onclick: () => void run(() => patch({ status: disabled ? 'ACTIVE' : 'DISABLED' }), t(disabled ? 'users.enabled' : 'users.disabled', { name: target.name })),
    }, t(disabled ? 'users.enable' : 'users.disable')),
    target.status === 'INVITED' ? h('button', {
      type: 'button', class: 'button secondary', 'aria-label': t('users.reinviteNamed', { name: target.name }),
      onclick: () => void run(() => api(`/users/${target.id}/invitation`, { method: 'POST', headers: { 'Idempotency-Key': newIdempotencyKey() } }), t('users.reinvited', { email: target.email })),
    }, t('users.reinvite')) : null,
    user.role === 'admin' && !self && STAFF_ROLES.includes(target.role) ? roleForm(target, (role) => run(() => patch({ role }), t('users.roleChanged', { name: target.name }))) : null);
}

/** @param {any} target @param {(role: string) => Promise<void>} change */
function roleForm(target, change) {
  const id = `role-${target.id}`;
  const select = /** @type {HTMLSelectElement} */ (h('select', { id }, STAFF_ROLES.map((role) => h('option', { value: role, selected: role === target.role }, t(`role.${role}`)))));
  return h('form', { class: 'inline', onsubmit: (/** @type {Event} */ e) => { e.preventDefault(); void change(select.value); } },
    h('label', { for: id, class: 'visually-hidden' }, t('users.roleOf', { name: target.name })), select,
    h('button', { type: 'submit', class: 'button secondary' }, t('users.saveRole')));
}

/** The roles the person may invite, and (staff) the supplier a supplier user acts for. */
async function inviteForm(user, supplierId, refresh) {
  const roles = user.role === 'admin' ? [...STAFF_ROLES, 'supplier'] : ['supplier'];
  const suppliers = user.role === 'supplier' ? null : (await api('/suppliers', { query: { limit: 200 } })).items;
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'narrow' },
    errorSummary(),
    field({ name: 'email', label: t('user.email'), type: 'email', required: true, maxlength: 254, autocomplete: 'off' }),
    field({ name: 'name', label: t('user.name'), required: true, maxlength: 200, autocomplete: 'off' }),
    field({ name: 'role', label: t('user.role'), type: 'select', required: true, value: 'supplier', options: roles.map((role) => [role, t(`role.${role}`)]) }),
    suppliers ? field({ name: 'supplierId', label: t('user.supplier'), type: 'select', hint: t('user.supplierHint'), value: supplierId ?? undefined,
      options: suppliers.map((s) => [s.id, `${s.name} (${s.orgNumber})`]) }) : null,
    field({ name: 'supplierAdmin', label: t('user.supplierAdminLong'), type: 'checkbox' }),
    field({ name: 'language', label: t('user.language'), type: 'select', required: true, value: 'sv', options: [['sv', 'Svenska'], ['en', 'English']] }),
    submitButton(t('users.sendInvitation'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    const invited = await api('/users', { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
    flash(t('users.invited', { email: invited.email }));
    refresh();
  });
  return form;
}
