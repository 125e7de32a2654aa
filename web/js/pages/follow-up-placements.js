// @ts-check
import { api, download, newIdempotencyKey } from '../api.js';
import { h } from '../dom.js';
import { clearErrors, errorSummary, field, fieldset, onSubmit, showErrors, submitButton } from '../forms.js';
import { formatDate, lang, t, term } from '../i18n.js';
import { badge, flash, notice, pager, section, table } from '../ui.js';
import { countingSection } from './follow-up-counting.js';
import { reportActions, verificationCell } from './follow-up-verify.js';

export const KINDS = ['EMPLOYMENT', 'INTERNSHIP', 'APL', 'EXTRA_JOB', 'SUMMER_JOB'];
export const GENDERS = ['WOMAN', 'MAN', 'OTHER', 'NOT_STATED'];
export const AGE_BANDS = ['16-19', '20-24', '25-29', '30-49', '50+'];
const EARLY_END_REASONS = ['EMPLOYEE_RESIGNED', 'JUST_CAUSE', 'SUPPLIER_ENDED', 'OTHER'];
/** The columns of the suppliers' file, in the order of the templates. */
const FILE_COLUMNS = ['reference', 'kind', 'offeredDate', 'filled', 'startDate', 'endDate', 'earlyEndDate', 'earlyEndReason',
  'workingTimePercent', 'targetGroup', 'gender', 'ageBand', 'establishmentProgramme'];
export const opts = (group, codes) => codes.map((c) => /** @type {[string, string]} */ ([c, term(group, c)]));

/** Placements reported on a placements clause: list with verification, a form, and CSV upload. */
export async function placementsSection(fu) {
  const offset = Number(fu.query.get('offset') ?? 0);
  const list = await api(`${fu.base}/placements`, { query: { limit: 50, offset } });
  const correction = (p) => [
    field({ name: 'endDate', label: t('placement.endDate'), type: 'date', value: p.endDate }),
    ...earlyEnding(p),
    field({ name: 'workingTimePercent', label: t('placement.workingTimePercent'), type: 'number', required: true, min: 1, max: 100, step: '1', value: p.workingTimePercent }),
  ];
  return [
    section(t('placements.heading'),
      table(t('placements.heading'), [
        { label: t('placement.reference'), cell: (p) => p.reference },
        { label: t('clause.kind'), cell: (p) => term('placementKind', p.kind) },
        { label: t('placement.offeredDate'), cell: (p) => formatDate(p.offeredDate) },
        { label: t('placement.filled'), cell: (p) => (p.filled ? t('form.yes') : t('form.no')) },
        { label: t('placement.period'), cell: period },
        { label: t('placement.workingTimePercent'), cell: (p) => `${p.workingTimePercent} %`, numeric: true },
        { label: t('placement.who'), cell: who },
        { label: t('verification.heading'), cell: verificationCell },
        { label: t('report.actions'), cell: (p) => reportActions(fu, 'placements', p, correction) },
      ], list.items),
      pager(list, (next) => fu.go(`contracts/${fu.contract.id}/clauses/${fu.clause.clauseId}?offset=${next}`))),
    countingSection(fu.status, list.items),
    fu.supplier ? section(t('placements.report'), placementForm(fu)) : null,
    fu.supplier ? section(t('placements.csv'), csvForm(fu)) : null,
  ];
}

/**
 * The early end date and, shown once a date is given, why the placement ended: the reason decides
 * whether the 75 % rule can credit the whole agreed time, so the API requires it with the date.
 * @param {{ earlyEndDate?: string | null, earlyEndReason?: string | null }} p
 */
function earlyEnding(p) {
  const date = field({ name: 'earlyEndDate', label: t('placement.earlyEndDate'), type: 'date', value: p.earlyEndDate });
  const reason = field({
    // Not `required`: that would preselect the first reason; left empty, the API names the field.
    name: 'earlyEndReason', label: t('placement.earlyEndReason'), type: 'select',
    options: opts('earlyEndReason', EARLY_END_REASONS), value: p.earlyEndReason, hint: t('placement.earlyEndReasonHint'),
  });
  const input = /** @type {HTMLInputElement} */ (date.querySelector('input'));
  const select = /** @type {HTMLSelectElement} */ (reason.querySelector('select'));
  // Hidden and disabled without a date, so the form neither shows nor sends a reason.
  const sync = () => {
    reason.hidden = input.value === '';
    select.disabled = reason.hidden;
  };
  input.addEventListener('input', sync);
  input.addEventListener('change', sync);
  sync();
  return [date, reason];
}

/** Who was placed, without a name; a target group the city vouched for (a hire through its referral) says so. */
function who(p) {
  const words = [term('targetGroup', p.targetGroup), term('gender', p.gender), p.ageBand, p.establishmentProgramme ? t('placement.inProgramme') : null];
  return h('span', null, words.filter(Boolean).join(', '), p.targetGroupAttested ? [h('br'), badge('attested', 'TARGET_GROUP')] : null);
}

/** Start to last day, and why it ended when it ended early. */
function period(p) {
  if (!p.startDate) return '–';
  const dates = `${formatDate(p.startDate)} – ${formatDate(p.earlyEndDate ?? p.endDate)}`;
  return p.earlyEndReason ? `${dates} (${term('earlyEndReason', p.earlyEndReason)})` : dates;
}

function placementForm(fu) {
  const groups = fu.clause.targetGroups;
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'reference', label: t('placement.reference'), required: true, maxlength: 60, hint: t('placement.referenceHint') }),
    field({ name: 'kind', label: t('clause.kind'), type: 'select', required: true, options: opts('placementKind', KINDS), value: fu.clause.parameters.lines?.[0]?.kind }),
    field({ name: 'offeredDate', label: t('placement.offeredDate'), type: 'date', required: true }),
    field({ name: 'filled', label: t('placement.filledQuestion'), type: 'checkbox', value: true }),
    field({ name: 'startDate', label: t('placement.startDate'), type: 'date', hint: t('placement.whenFilled') }),
    field({ name: 'endDate', label: t('placement.endDate'), type: 'date', hint: t('placement.whenFilled') }),
    ...earlyEnding({}),
    field({ name: 'workingTimePercent', label: t('placement.workingTimePercent'), type: 'number', required: true, min: 1, max: 100, step: '1', value: 100 }),
    fieldset(t('placement.person'),
      h('p', { class: 'hint' }, t('placement.noNames')),
      field({ name: 'targetGroup', label: t('placement.targetGroup'), type: 'select', required: true, options: opts('targetGroup', groups) }),
      field({ name: 'gender', label: t('placement.gender'), type: 'select', required: true, options: opts('gender', GENDERS) }),
      field({ name: 'ageBand', label: t('placement.ageBand'), type: 'select', required: true, options: AGE_BANDS.map((a) => [a, a]) }),
      field({ name: 'establishmentProgramme', label: t('placement.establishmentProgramme'), type: 'checkbox' })),
    submitButton(t('placements.submit'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    const saved = await api(`${fu.base}/placements`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
    flash(t('placements.saved', { reference: saved.reference }));
    fu.refresh();
  });
  return form;
}

/** What a column of the file may hold, as the page lists it (the upload reads these words). */
function allowedValues(fu, column) {
  const words = (group, codes) => codes.map((c) => term(group, c)).join('; ');
  switch (column) {
    case 'reference': return t('placements.referenceValue');
    case 'kind': return words('placementKind', (fu.clause.parameters.lines ?? []).map((l) => l.kind));
    case 'targetGroup': return words('targetGroup', fu.clause.targetGroups);
    case 'gender': return words('gender', GENDERS);
    case 'ageBand': return AGE_BANDS.join('; ');
    case 'earlyEndReason': return words('earlyEndReason', EARLY_END_REASONS);
    case 'workingTimePercent': return t('placements.percentValue');
    case 'filled': case 'establishmentProgramme': return `${t('form.yes')}; ${t('form.no')}`;
    default: return t('placements.dateValue');
  }
}

/** Upload from Excel or CSV, with the templates to start from and the columns they hold. */
function csvForm(fu) {
  const rowErrors = h('div');
  const message = h('div');
  const template = (format) => async () => {
    message.replaceChildren();
    try {
      await download(`${fu.base}/placements/template.${format}`, `${t('placements.templateName')}.${format}`, { lang: lang() });
    } catch (error) {
      message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  const columns = h('details', null, h('summary', null, t('placements.columns')),
    h('p', { class: 'hint' }, t('placements.columnsHint')),
    table(t('placements.columns'), [
      { label: t('placements.column'), cell: (c) => t(`placementColumn.${c}`) },
      { label: t('placements.allowed'), cell: (c) => allowedValues(fu, c) },
    ], FILE_COLUMNS));
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    h('p', null, t('placements.csvIntro')),
    message,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button secondary', onclick: template('xlsx') }, t('placements.templateXlsx')),
      h('button', { type: 'button', class: 'button secondary', onclick: template('csv') }, t('placements.templateCsv'))),
    columns,
    field({ name: 'file', label: t('placements.csvFile'), type: 'file', required: true, accept: '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    rowErrors,
    submitButton(t('placements.upload'))));
  const key = newIdempotencyKey();
  onSubmit(form, async () => {
    rowErrors.replaceChildren();
    const data = new FormData();
    data.append('file', /** @type {HTMLInputElement} */ (form.elements.namedItem('file')).files?.[0] ?? '');
    try {
      const result = await api(`${fu.base}/placements/csv`, { method: 'POST', body: data, headers: { 'Idempotency-Key': key } });
      flash(t('placements.uploaded', { count: result.stored }));
      fu.refresh();
    } catch (error) {
      const rows = (/** @type {any} */ (error).fields ?? []).filter((f) => f.field.startsWith('rows.'));
      if (!rows.length) throw error;
      clearErrors(form);
      showErrors(form, { message: t('placements.csvRejected'), fields: [{ field: 'file', messages: [t('placements.csvRejected')] }] });
      rowErrors.replaceChildren(table(t('placements.rowErrors'), [
        { label: t('placements.row'), cell: (f) => f.field.split('.')[1] },
        { label: t('placements.column'), cell: (f) => columnName(f.field.split('.').slice(2).join('.')) },
        { label: t('placements.error'), cell: (f) => f.messages.map((m) => m.replace(`${f.field} `, '')).join(' ') },
      ], rows));
    }
  });
  return form;
}

/** A column as the file names it (the API names fields in English), or – for the whole row. */
const columnName = (column) => (FILE_COLUMNS.includes(column) ? t(`placementColumn.${column}`) : column || '–');
