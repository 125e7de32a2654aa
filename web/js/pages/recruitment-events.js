// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { append, h } from '../dom.js';
import { checkboxGroup, errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { formatDate, t, term } from '../i18n.js';
import { flash, pager, section, table } from '../ui.js';
import { AGE_BANDS, GENDERS, opts } from './follow-up-placements.js';


/**
 * Rekryteringstillfällen: the events the city's matching held with employers, counts only (who
 * attended by gender and age band, interviews, offers, hires), and a form to record one.
 */
export async function recruitmentEventsPage(page, { query, go, refresh }) {
  const offset = Number(query.get('offset') ?? 0);
  const [events, members, vacancies] = await Promise.all([
    api('/recruitment-events', { query: { limit: 20, offset } }),
    api('/pact-members', { query: { limit: 200 } }),
    // The matcher does not read the supplier register: the suppliers it works with are its vacancies' employers.
    api('/vacancies', { query: { limit: 200 } }),
  ]);
  const suppliers = new Map(vacancies.items.filter((v) => v.employer.type === 'SUPPLIER').map((v) => [v.employer.id, v.employer.name]));
  append(page, [
    h('h1', null, t('events.heading')),
    section(t('events.heading'),
      table(t('events.heading'), [
        { label: t('events.heldOn'), cell: (e) => formatDate(e.heldOn) },
        { label: t('events.title'), cell: (e) => e.title },
        { label: t('events.organiser'), cell: (e) => e.organiser },
        { label: t('events.participants'), cell: (e) => e.participants.map((p) => p.name).join(', ') || '–' },
        { label: t('events.attendees'), cell: (e) => String(e.attendeesTotal), numeric: true },
        { label: t('events.outcomes'), cell: (e) => t('events.outcomeCounts', { interviews: e.interviews, offers: e.offers, hires: e.hires }) },
      ], events.items),
      pager(events, (next) => go(`recruitment-events?offset=${next}`))),
    section(t('events.new'), eventForm([...suppliers], members.items.map((m) => [m.id, m.name]), refresh)),
  ]);
}

function eventForm(suppliers, members, refresh) {
  const attendance = (i) => fieldset(t('events.attendanceRow', { number: i + 1 }),
    field({ name: `attendance.${i}.gender`, label: t('placement.gender'), type: 'select', options: opts('gender', GENDERS) }),
    field({ name: `attendance.${i}.ageBand`, label: t('placement.ageBand'), type: 'select', options: AGE_BANDS.map((a) => [a, a]) }),
    field({ name: `attendance.${i}.attendees`, label: t('events.attendees'), type: 'number', min: 1, step: '1' }));
  const rows = h('div', null, attendance(0));
  const count = (name, label) => field({ name, label, type: 'number', required: true, min: 0, step: '1', value: 0 });
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'heldOn', label: t('events.heldOn'), type: 'date', required: true }),
    field({ name: 'title', label: t('events.title'), required: true, maxlength: 200 }),
    field({ name: 'organiser', label: t('events.organiser'), required: true, maxlength: 200, value: 'Jobbtorg Stockholm' }),
    field({ name: 'district', label: t('vacancy.district'), maxlength: 100 }),
    suppliers.length ? checkboxGroup({ name: 'supplierIds', legend: t('events.suppliers'), options: suppliers }) : null,
    members.length ? checkboxGroup({ name: 'pactMemberIds', legend: t('events.members'), options: members }) : null,
    h('p', { class: 'hint' }, t('events.attendanceHint')),
    rows,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button secondary', onclick: () => rows.append(attendance(rows.children.length)) }, t('events.addRow'))),
    count('interviews', t('events.interviews')),
    count('offers', t('events.offers')),
    count('hires', t('events.hires')),
    field({ name: 'outcomeNotes', label: t('events.notes'), type: 'textarea', rows: 3, maxlength: 10000 }),
    submitButton(t('events.save'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    const body = {
      ...values, supplierIds: values.supplierIds ?? [], pactMemberIds: values.pactMemberIds ?? [],
      attendance: (values.attendance ?? []).filter((row) => row && (row.gender || row.ageBand || row.attendees)),
    };
    await api('/recruitment-events', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
    flash(t('events.saved'));
    refresh();
  });
  return form;
}
