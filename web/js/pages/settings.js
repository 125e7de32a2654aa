// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, onSubmit, submitButton } from '../forms.js';
import { t, term } from '../i18n.js';
import { flash, section } from '../ui.js';

/** The person's own settings. Today: which notifications (in the list and by e-mail) they receive. */
export async function settingsPage(page, { refresh }) {
  const { kinds } = await api('/me/notification-settings');
  append(page, [
    h('h1', null, t('settings.heading')),
    section(t('settings.notifications'),
      h('p', null, t('settings.notificationsIntro')),
      kinds.length ? notificationsForm(kinds, refresh) : h('p', { class: 'empty' }, t('settings.noKinds'))),
  ]);
}

/**
 * One switch per kind the person's role receives, each with when it is sent. Saving sends the
 * kinds switched off; the API refuses a kind the role does not receive.
 * @param {{ kind: string, enabled: boolean }[]} kinds
 * @param {() => void} refresh
 */
function notificationsForm(kinds, refresh) {
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'notification-settings' }, errorSummary(),
    h('fieldset', { class: 'checkbox-group' },
      h('legend', null, t('settings.send')),
      h('p', { class: 'field-error', id: 'muted-error', hidden: true }),
      kinds.map(({ kind, enabled }) => {
        const id = `notify-${kind.toLowerCase()}`;
        return h('div', { class: 'field field-checkbox' },
          h('input', { id, type: 'checkbox', name: 'enabled', value: kind, checked: enabled, dataset: { group: 'true' }, 'aria-describedby': `${id}-hint muted-error` }),
          h('label', { for: id }, term('notificationKind', kind)),
          h('p', { class: 'hint', id: `${id}-hint` }, term('notificationKindHint', kind)));
      })),
    submitButton(t('settings.save'))));
  onSubmit(form, async (values) => {
    const enabled = /** @type {string[]} */ (values.enabled ?? []);
    await api('/me/notification-settings', { method: 'PUT', body: { muted: kinds.map((k) => k.kind).filter((k) => !enabled.includes(k)) } });
    flash(t('settings.saved'));
    refresh();
  });
  return form;
}
