// @ts-check
import { api } from '../api.js';
import { h } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, t, term } from '../i18n.js';
import { badge, facts, notice, section, table } from '../ui.js';

/**
 * The dashboard's "Påminnelser": the latest daily run (which refreshes the statuses that change
 * with time and sends the reminders due), whether it went through, and what it sent per kind.
 */
export async function remindersPanel() {
  const heading = t('reminders.heading');
  let run;
  try {
    run = (await api('/scheduled-runs', { query: { limit: 1 } })).items[0];
  } catch (error) {
    return section(heading, notice(/** @type {Error} */ (error).message, 'error'));
  }
  if (!run) return section(heading, h('p', { class: 'empty' }, t('reminders.noRun')));
  const sent = Object.entries(/** @type {Record<string, number>} */ (run.summary?.notifications ?? {}))
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => ({ kind, count }));
  return section(heading,
    h('p', { class: 'hint' }, t('reminders.intro')),
    facts([
      [t('reminders.runDate'), formatDate(run.runDate)],
      [t('reminders.status'), badge('runStatus', run.status)],
      [t('reminders.finishedAt'), run.finishedAt ? formatDateTime(run.finishedAt) : '–'],
    ]),
    run.lastError ? notice(t('reminders.error', { error: run.lastError }), 'error') : null,
    sent.length
      ? table(t('reminders.sent'), [
        { label: t('reminders.kind'), cell: (r) => term('notificationKind', r.kind) },
        { label: t('reminders.count'), cell: (r) => formatNumber(r.count), numeric: true },
      ], sent)
      : h('p', { class: 'empty' }, t('reminders.noneSent')));
}
