// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, t, term } from '../i18n.js';
import { flash, notice, pager } from '../ui.js';

const PAGE_SIZE = 20;

/**
 * The link into this interface a notification carries. The API gives an absolute address (the one
 * its e-mail holds); the page keeps the person on the site they are using, whatever its host name.
 * @param {string | null} link
 */
function inAppLink(link) {
  if (!link) return null;
  try {
    const hash = new URL(link, location.origin).hash;
    return hash || link;
  } catch {
    return null;
  }
}

/** The signed-in person's notifications, newest first: the unread marked, each readable and markable as read. */
export async function notificationsPage(page, { query, go, refresh }) {
  const unreadOnly = query.get('unread') === 'true';
  const offset = Number(query.get('offset') ?? 0);
  const [list, { unread }] = await Promise.all([
    api('/notifications', { query: { unread: unreadOnly ? 'true' : undefined, limit: PAGE_SIZE, offset } }),
    api('/notifications/unread-count'),
  ]);
  const message = h('div');
  const to = (/** @type {Record<string, string>} */ params) => go(`notifications?${new URLSearchParams(params)}`);
  const act = (/** @type {string} */ path, /** @type {string} */ done) => async () => {
    try {
      await api(path, { method: 'POST' });
      flash(done);
      refresh();
    } catch (error) {
      message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  append(page, [
    h('h1', null, t('notifications.heading')),
    h('p', null, t('notifications.intro'), ' ', h('a', { href: '#/settings' }, t('notifications.switchOff'))),
    message,
    h('nav', { class: 'status-filter', 'aria-label': t('notifications.filter') }, h('ul', null,
      [[false, t('notifications.all')], [true, t('notifications.unreadOnly', { count: unread })]].map(([only, label]) =>
        h('li', null, h('a', { href: only ? '#/notifications?unread=true' : '#/notifications', 'aria-current': only === unreadOnly ? 'true' : undefined }, label))))),
    unread > 0 ? h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button secondary', onclick: act('/notifications/read-all', t('notifications.allMarked')) }, t('notifications.markAll'))) : null,
    list.items.length
      ? h('ol', { class: 'notifications', 'aria-label': t('notifications.heading') }, list.items.map((n) => item(n, act)))
      : h('p', { class: 'empty' }, unreadOnly ? t('notifications.noneUnread') : t('notifications.none')),
    pager(list, (next) => to({ ...(unreadOnly ? { unread: 'true' } : {}), offset: String(next) })),
  ]);
}

/** One notification: unread ones say so in words, not only by their border. */
function item(n, act) {
  const href = inAppLink(n.link);
  const unread = !n.readAt;
  return h('li', { class: unread ? 'notification unread' : 'notification', dataset: { id: n.id } },
    h('article', { 'aria-label': n.title },
      h('h2', null, unread ? h('span', { class: 'badge badge-unread' }, t('notifications.unread')) : null, unread ? ' ' : null, n.title),
      h('p', { class: 'hint' }, term('notificationKind', n.kind), ' · ', h('time', { datetime: n.createdAt }, formatDate(n.createdAt)),
        n.emailed ? ` · ${t('notifications.emailed')}` : null),
      // The whole message is the e-mail's text: long, so folded away until asked for.
      h('details', { class: 'notification-details' }, h('summary', null, t('notifications.showText')), h('p', { class: 'notification-text' }, n.text)),
      h('div', { class: 'actions' },
        href ? h('a', { class: 'button secondary', href, 'aria-label': t('notifications.openNamed', { title: n.title }) }, t('notifications.open')) : null,
        unread ? h('button', { type: 'button', class: 'button secondary', 'aria-label': t('notifications.markReadNamed', { title: n.title }),
          onclick: act(`/notifications/${n.id}/read`, t('notifications.marked')) }, t('notifications.markRead')) : null)));
}
