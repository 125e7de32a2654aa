// @ts-check
import { h } from '../dom.js';
import { field, fieldset } from '../forms.js';
import { t, term } from '../i18n.js';

const KINDS = ['EMPLOYMENT', 'INTERNSHIP', 'APL', 'EXTRA_JOB', 'SUMMER_JOB'];
const opts = (group, codes) => codes.map((c) => /** @type {[string, string]} */ ([c, term(group, c)]));

/** The unit each type's penalty is counted in: its API field and its label. */
const PENALTY_UNIT = {
  DIALOGUE: ['sekPerMissedMeeting', 'clause.penaltyPerMeeting'],
  PLACEMENTS: ['sekPerMissingFullTimeMonth', 'clause.penaltyPerFullTimeMonth'],
  INTEGRATION_INITIATIVE: ['sekPerMissedMilestone', 'clause.penaltyPerMilestone'],
};

/** The parameter fields of one clause type, named by their API paths (parameters.lines.0.count …). */
export function parameterFields(type, params = {}) {
  const fields = type === 'DIALOGUE' ? dialogueFields(params) : type === 'PLACEMENTS' ? placementsFields(params) : initiativeFields(params);
  return [...fields, breachFields(type, params)];
}

/**
 * Remedy first (rättelse), then the penalty (vite) per missing unit up to a cap. Both penalty fields
 * empty leave the penalty out; one of them alone is refused by the API beside the other.
 */
function breachFields(type, p) {
  const [unit, label] = PENALTY_UNIT[type];
  const penalty = p.penalty ?? {};
  return fieldset(t('clause.breach'),
    field({ name: 'parameters.remedyDays', label: t('clause.remedyDays'), type: 'number', required: true, min: 5, max: 180, step: '1', value: p.remedyDays ?? 30, hint: t('clause.remedyHint') }),
    h('p', { class: 'hint' }, t('clause.penaltyHint')),
    field({ name: `parameters.penalty.${unit}`, label: t(label), type: 'number', min: 1, step: '1', value: penalty[unit] }),
    field({ name: 'parameters.penalty.capSek', label: t('clause.penaltyCap'), type: 'number', min: 1, step: '1', value: penalty.capSek }));
}

function dialogueFields(p) {
  const contact = p.cityContact ?? {};
  return [
    fieldset(t('clause.dialogue'),
      field({ name: 'parameters.firstMeetingWithinWeeks', label: t('clause.firstMeetingWithinWeeks'), type: 'number', required: true, min: 1, max: 104, step: '1', value: p.firstMeetingWithinWeeks ?? 8 }),
      field({ name: 'parameters.followUpMeetings', label: t('clause.followUpMeetings'), type: 'number', required: true, min: 0, max: 52, step: '1', value: p.followUpMeetings ?? 2 })),
    fieldset(t('clause.cityContact'),
      field({ name: 'parameters.cityContact.unit', label: t('clause.contactUnit'), required: true, value: contact.unit ?? 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen' }),
      field({ name: 'parameters.cityContact.name', label: t('clause.contactName'), value: contact.name }),
      field({ name: 'parameters.cityContact.email', label: t('clause.contactEmail'), type: 'email', value: contact.email }),
      field({ name: 'parameters.cityContact.phone', label: t('clause.contactPhone'), type: 'tel', value: contact.phone })),
  ];
}

/** One placement line; its fields are renumbered when a line is removed. */
function lineFields(i, line = {}) {
  const n = (name) => `parameters.lines.${i}.${name}`;
  const remove = h('button', { type: 'button', class: 'button secondary remove-line', onclick: (/** @type {Event} */ e) => {
    const list = /** @type {HTMLElement} */ (/** @type {HTMLElement} */ (e.target).closest('.lines'));
    /** @type {HTMLElement} */ (/** @type {HTMLElement} */ (e.target).closest('.line')).remove();
    renumber(list);
  } }, t('clause.removeLine'));
  return h('div', { class: 'line' }, fieldset(t('clause.line', { number: i + 1 }),
    field({ name: n('kind'), label: t('clause.kind'), type: 'select', required: true, options: opts('placementKind', KINDS), value: line.kind ?? 'EMPLOYMENT' }),
    field({ name: n('fullTimeMonths'), label: t('clause.fullTimeMonths'), type: 'number', min: 0.01, step: '0.01', value: line.fullTimeMonths, hint: t('clause.fullTimeMonthsHint') }),
    field({ name: n('minWorkingTimePercent'), label: t('clause.minWorkingTimePercent'), type: 'number', required: true, min: 1, max: 100, step: '1', value: line.minWorkingTimePercent ?? 75 }),
    field({ name: n('count'), label: t('clause.count'), type: 'number', min: 1, max: 10000, step: '1', value: line.count, hint: t('clause.countHint') }),
    field({ name: n('minLength.value'), label: t('clause.minLength'), type: 'number', min: 1, max: 520, step: '1', value: line.minLength?.value, hint: t('clause.minLengthHint') }),
    field({ name: n('minLength.unit'), label: t('clause.minLengthUnit'), type: 'select', required: true, onlyWith: 'value', options: [['MONTHS', t('clause.months')], ['WEEKS', t('clause.weeks')]], value: line.minLength?.unit ?? 'MONTHS' }),
    field({ name: n('deadline.date'), label: t('clause.deadlineDate'), type: 'date', value: line.deadline?.date, hint: t('clause.deadlineHint') }),
    field({ name: n('deadline.contractMonth'), label: t('clause.deadlineMonth'), type: 'number', min: 1, max: 240, step: '1', value: line.deadline?.contractMonth }),
    remove));
}

/** @param {HTMLElement} list */
function renumber(list) {
  [...list.querySelectorAll('.line')].forEach((line, i) => {
    const legend = line.querySelector('legend');
    if (legend) legend.textContent = t('clause.line', { number: i + 1 });
    line.querySelectorAll('[name^="parameters.lines."]').forEach((el) => {
      el.setAttribute('name', /** @type {string} */ (el.getAttribute('name')).replace(/^parameters\.lines\.\d+\./, `parameters.lines.${i}.`));
    });
  });
}

function placementsFields(p) {
  const lines = h('div', { class: 'lines' }, (p.lines?.length ? p.lines : [{}]).map((line, i) => lineFields(i, line)));
  const add = h('button', { type: 'button', class: 'button secondary', onclick: () => {
    lines.append(lineFields(lines.querySelectorAll('.line').length));
    /** @type {HTMLElement | null} */ (lines.lastElementChild?.querySelector('select, input') ?? null)?.focus();
  } }, t('clause.addLine'));
  const bonus = p.bonus ?? {};
  return [
    h('h3', null, t('clause.lines')), h('p', { class: 'hint' }, t('clause.linesHint')), lines, h('div', { class: 'actions' }, add),
    fieldset(t('clause.rules'),
      field({ name: 'parameters.earlyStartWithinMonths', label: t('clause.earlyStartWithinMonths'), type: 'number', min: 1, max: 60, step: '1', value: p.earlyStartWithinMonths ?? 6 }),
      field({ name: 'parameters.earlyEndingCreditPercent', label: t('clause.earlyEndingCreditPercent'), type: 'number', min: 0, max: 100, step: '1', value: p.earlyEndingCreditPercent ?? 75, hint: t('clause.earlyEndingHint') })),
    fieldset(t('clause.bonus'),
      h('p', { class: 'hint' }, t('clause.bonusHint')),
      field({ name: 'parameters.bonus.sekPerExtraFullTimeMonth', label: t('clause.bonusPerMonth'), type: 'number', min: 1, step: '1', value: bonus.sekPerExtraFullTimeMonth }),
      field({ name: 'parameters.bonus.maxSek', label: t('clause.bonusMax'), type: 'number', min: 1, step: '1', value: bonus.maxSek }),
      field({ name: 'parameters.bonus.genderEqualityMeasures', label: t('clause.genderEquality'), type: 'textarea', rows: 2, value: bonus.genderEqualityMeasures })),
  ];
}

function milestoneFields(i, m = {}) {
  const n = (name) => `parameters.milestones.${i}.${name}`;
  return fieldset(t('clause.milestone', { number: i + 1 }),
    field({ name: n('title'), label: t('clause.milestoneTitle'), required: true, maxlength: 300, value: m.title }),
    field({ name: n('dueDate'), label: t('clause.milestoneDue'), type: 'date', required: true, value: m.dueDate }),
    field({ name: n('description'), label: t('clause.milestoneDescription'), type: 'textarea', rows: 2, value: m.description }));
}

function initiativeFields(p) {
  const list = h('div', { class: 'milestones' }, (p.milestones?.length ? p.milestones : [{}]).map((m, i) => milestoneFields(i, m)));
  return [
    field({ name: 'parameters.description', label: t('clause.initiativeDescription'), type: 'textarea', required: true, value: p.description }),
    h('h3', null, t('clause.milestones')), list,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button secondary', onclick: () => list.append(milestoneFields(list.children.length)) }, t('clause.addMilestone'))),
  ];
}
