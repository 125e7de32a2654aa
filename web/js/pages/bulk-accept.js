// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { h, replace } from '../dom.js';
import { t, term } from '../i18n.js';
import { flash, notice } from '../ui.js';

/**
 * @typedef {{ reportType: string, reportId: string }} ReportRef
 * @typedef {{ label: string, cell: (row: any) => any }} Column
 */

/**
 * A table of reports the pact office may accept many at a time: a checkbox per row, one to select
 * every row on the page, and "Accept selected (n)". The reports are accepted all or none
 * (POST /verifications/accept); questioning needs a reason per report, so it stays on the report.
 * @param {string} caption
 * @param {(row: any) => any} rowHeader the report, as the row's header cell
 * @param {Column[]} columns the other columns
 * @param {(ReportRef & Record<string, any>)[]} rows
 * @param {() => void} done re-renders the page after acceptance
 */
export function bulkAcceptTable(caption, rowHeader, columns, rows, done) {
  const boxes = rows.map((row) => /** @type {HTMLInputElement} */ (h('input', {
    type: 'checkbox', class: 'bulk-select', value: row.reportId, dataset: { reportType: row.reportType },
    'aria-label': t('bulk.selectOne', { report: `${term('reportType', row.reportType)} ${row.summary ?? ''}`.trim() }),
  })));
  const all = /** @type {HTMLInputElement} */ (h('input', { type: 'checkbox', class: 'bulk-select-all', 'aria-label': t('bulk.selectAll') }));
  const button = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'button', disabled: true }, t('bulk.accept', { count: 0 })));
  const message = h('div', { class: 'bulk-message' });
  // One key per selection: a retry after a lost answer replays it, a changed selection is a new request.
  let key = newIdempotencyKey();

  const selected = () => boxes.filter((b) => b.checked);
  const update = () => {
    const count = selected().length;
    button.textContent = t('bulk.accept', { count });
    button.disabled = count === 0;
    all.checked = count === boxes.length;
    all.indeterminate = count > 0 && count < boxes.length;
    key = newIdempotencyKey();
  };
  boxes.forEach((b) => b.addEventListener('change', update));
  all.addEventListener('change', () => { boxes.forEach((b) => { b.checked = all.checked; }); update(); });

  button.addEventListener('click', async () => {
    const reports = selected().map((b) => ({ reportType: b.dataset.reportType, reportId: b.value }));
    button.disabled = true;
    try {
      const result = await api('/verifications/accept', { method: 'POST', body: { reports }, headers: { 'Idempotency-Key': key } });
      flash(t('bulk.accepted', { count: result.accepted }));
      done();
    } catch (error) {
      replace(message, notice(/** @type {any} */ (error).message ?? String(error), 'error'));
      button.disabled = false;
    }
  });

  return h('div', { class: 'bulk-accept' },
    h('p', { class: 'hint' }, t('bulk.hint')),
    message,
    h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' },
      h('table', null,
        h('caption', null, caption),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col', class: 'select' }, h('span', { class: 'visually-hidden' }, t('bulk.select')), all),
          h('th', { scope: 'col' }, t('followUpLists.report')),
          columns.map((c) => h('th', { scope: 'col' }, c.label)))),
        h('tbody', null, rows.map((row, i) => h('tr', null,
          h('td', { class: 'select' }, boxes[i]),
          h('th', { scope: 'row' }, rowHeader(row)),
          columns.map((c) => h('td', null, c.cell(row)))))))),
    h('p', { class: 'bulk-actions' }, button));
}
