// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, t, term } from '../i18n.js';
import { badge, pager, table } from '../ui.js';

const STATUSES = ['PENDING', 'SENT', 'FAILED'];

/**
 * The e-mail outbox, newest first: what was sent, what waits for its next attempt and what failed.
 * Without SMTP_URL every message stays here, so an admin can read an invitation's link.
 */
export async function outboxPage(page, { query, go }) {
  const status = query.get('status') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const result = await api('/outbox', { query: { status, offset, limit: 20 } });
  const to = (params) => go(`outbox?${new URLSearchParams(params)}`);
  append(page, [
    h('h1', null, t('outbox.heading')),
    h('p', null, t('outbox.intro')),
    h('nav', { class: 'status-filter', 'aria-label': t('outbox.filter') }, h('ul', null,
      ['', ...STATUSES].map((code) => h('li', null, h('a', { href: `#/outbox${code ? `?status=${code}` : ''}`, 'aria-current': code === status ? 'true' : undefined },
        code ? term('outboxStatus', code) : t('outbox.all')))))),
    table(t('outbox.heading'), [
      { label: t('outbox.subject'), cell: (m) => h('details', null, h('summary', null, m.subject), h('pre', { class: 'mail-text' }, m.text)) },
      { label: t('outbox.to'), cell: (m) => m.to },
      { label: t('outbox.kind'), cell: (m) => term('mailKind', m.kind) },
      { label: t('outbox.status'), cell: (m) => [badge('outboxStatus', m.status), m.lastError ? h('p', { class: 'hint' }, m.lastError) : null] },
      { label: t('outbox.attempts'), cell: (m) => m.attempts, numeric: true },
      { label: t('outbox.created'), cell: (m) => formatDate(m.createdAt) },
      { label: t('outbox.sent'), cell: (m) => (m.sentAt ? formatDate(m.sentAt) : '–') },
    ], result.items),
    pager(result, (next) => to({ status, offset: String(next) })),
  ]);
}
