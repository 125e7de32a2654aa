// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { addDays, formatDate, t, todayInStockholm } from '../i18n.js';
import { badge, notice, section, table } from '../ui.js';

/** The API's longest key life (API_KEY_MAX_DAYS, 365 by default); the API has the last word. */
const MAX_DAYS = 365;

/**
 * The person's API keys for their systems (payroll, ERP): create one (shown once, with a copy
 * button), see when each was last used, revoke one.
 */
export async function apiKeysPage(page) {
  const message = h('div', { role: 'status' });
  const created = h('div');
  const list = h('div');
  const showList = async () => {
    const keys = await api('/me/api-keys');
    list.replaceChildren(table(t('apiKeys.heading'), [
      { label: t('apiKey.name'), cell: (k) => k.name },
      { label: t('apiKey.prefix'), cell: (k) => h('code', null, `${k.prefix}…`) },
      { label: t('apiKey.status'), cell: (k) => badge('apiKeyStatus', statusOf(k)) },
      { label: t('apiKey.expiresAt'), cell: (k) => formatDate(k.expiresAt) },
      { label: t('apiKey.lastUsed'), cell: (k) => (k.lastUsedAt ? formatDate(k.lastUsedAt) : t('user.never')) },
      { label: t('apiKeys.actions'), cell: (k) => (statusOf(k) === 'ACTIVE' ? revokeButton(k, message, showList) : null) },
    ], keys));
  };
  await showList();
  append(page, [
    h('h1', null, t('apiKeys.heading')),
    h('p', null, t('apiKeys.intro')),
    message,
    created,
    list,
    section(t('apiKeys.create'), createForm(created, showList)),
  ]);
}

/** @param {{ revokedAt: string | null, expiresAt: string }} key */
function statusOf(key) {
  if (key.revokedAt) return 'REVOKED';
  return new Date(key.expiresAt).getTime() <= Date.now() ? 'EXPIRED' : 'ACTIVE';
}

/** @param {any} key @param {HTMLElement} message @param {() => Promise<void>} showList */
function revokeButton(key, message, showList) {
  const revoke = async () => {
    if (!window.confirm(t('apiKeys.confirmRevoke', { name: key.name }))) return;
    try {
      await api(`/me/api-keys/${key.id}`, { method: 'DELETE' });
      message.replaceChildren(notice(t('apiKeys.revoked', { name: key.name })));
      await showList();
    } catch (error) {
      message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  return h('button', { type: 'button', class: 'button danger', 'aria-label': t('apiKeys.revokeNamed', { name: key.name }), onclick: () => void revoke() }, t('apiKeys.revoke'));
}

/**
 * The form; a new key is shown once above the list, with a copy button, until the page is left.
 * @param {HTMLElement} created @param {() => Promise<void>} showList
 */
function createForm(created, showList) {
  const today = todayInStockholm();
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'narrow' },
    errorSummary(),
    field({ name: 'name', label: t('apiKey.name'), required: true, maxlength: 100, hint: t('apiKey.nameHint'), autocomplete: 'off' }),
    field({ name: 'expiresAt', label: t('apiKey.expiresAt'), type: 'date', required: true, hint: t('apiKey.expiresHint', { days: MAX_DAYS }),
      value: addDays(today, 90), min: addDays(today, 1), max: addDays(today, MAX_DAYS) }),
    submitButton(t('apiKeys.createButton'))));
  onSubmit(form, async (values) => {
    const key = await api('/me/api-keys', { method: 'POST', body: values });
    created.replaceChildren(shownOnce(key));
    form.reset();
    await showList();
    /** @type {HTMLElement} */ (created.querySelector('h2')).focus();
  });
  return form;
}

/** @param {{ name: string, key: string }} key */
function shownOnce(key) {
  const id = 'new-api-key';
  const status = h('span', { role: 'status' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(key.key);
      status.textContent = t('apiKeys.copied');
    } catch {
      status.textContent = t('apiKeys.copyFailed');
    }
  };
  return h('section', { class: 'card shown-once', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading`, tabindex: '-1' }, t('apiKeys.createdHeading', { name: key.name })),
    h('p', { class: 'alert alert-info' }, t('apiKeys.shownOnce')),
    h('label', { for: id }, t('apiKeys.key')),
    h('input', { id, class: 'secret', readonly: true, value: key.key, onfocus: (/** @type {Event} */ e) => /** @type {HTMLInputElement} */ (e.target).select() }),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button', onclick: () => void copy() }, t('apiKeys.copy')), status));
}
