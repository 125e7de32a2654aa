// @ts-check
import { api } from './api.js';
import { h, replace } from './dom.js';
import { formatDate, t } from './i18n.js';

/**
 * The header's notifications link with the number unread. Asked again whenever a page is shown
 * (and when a page marks notifications read), not on a timer: a person who reads nothing costs one
 * small request per page, and the count is never older than the page in front of them.
 * @param {import('./session.js').Me | null} user
 */
export async function showUnreadCount(user) {
  const link = /** @type {HTMLAnchorElement | null} */ (document.getElementById('notifications-link'));
  const settings = /** @type {HTMLAnchorElement | null} */ (document.getElementById('settings-link'));
  if (!link || !settings) return;
  // A development token is no person: it has no notifications and no settings of its own.
  const hasAccount = !!user?.id;
  link.hidden = !hasAccount;
  settings.hidden = !hasAccount;
  settings.textContent = t('settings.link');
  const current = location.hash.replace(/^#\/?/, '').split('?')[0];
  for (const [el, path] of /** @type {[HTMLAnchorElement, string][]} */ ([[link, 'notifications'], [settings, 'settings']])) {
    if (current === path) el.setAttribute('aria-current', 'page');
    else el.removeAttribute('aria-current');
  }
  if (!hasAccount) return;
  const unread = await api('/notifications/unread-count', { quiet: true }).then((r) => Number(r.unread), () => null);
  renderLink(link, unread);
}

/** @param {HTMLAnchorElement} link @param {number | null} unread null when the count could not be had */
function renderLink(link, unread) {
  if (!unread) {
    replace(link, t('notifications.link'));
    return;
  }
  // The word and the number are for the eye; a screen reader hears the link as "Aviseringar, 3 olästa".
  replace(link,
    h('span', { 'aria-hidden': 'true' }, t('notifications.link')),
    h('span', { class: 'count-badge', 'aria-hidden': 'true' }, String(unread)),
    h('span', { class: 'visually-hidden' }, t('notifications.unreadName', { count: unread })));
}

/**
 * "När gick påminnelsen ut": the day the latest reminder about a row was sent, and how many
 * reminders there have been when more than one; a dash when none.
 * @param {{ lastSentAt: string, count: number } | null | undefined} reminder
 */
export function reminderCell(reminder) {
  if (!reminder) return '–';
  const date = formatDate(reminder.lastSentAt);
  return reminder.count > 1 ? t('reminder.sentTimes', { date, count: reminder.count }) : date;
}

/** The reminder column of a follow-up list. */
export function reminderColumn() {
  return { label: t('reminder.sent'), cell: (/** @type {any} */ row) => reminderCell(row.reminder) };
}
