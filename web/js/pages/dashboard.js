// @ts-check
import { api, download } from '../api.js';
import { append, h } from '../dom.js';
import { formatNumber, t, term, todayInStockholm } from '../i18n.js';
import { facts, money, notice, section, table } from '../ui.js';
import { barChart } from './charts.js';
import { remindersPanel } from './reminder-runs.js';
import { trendCharts } from './trend-chart.js';

/** The pact office's dashboard: the five measures for a chosen period, split by gender, age and programme. */
export async function dashboardPage(page, { query, go }) {
  const year = new Date().getFullYear();
  const from = query.get('from') ?? `${year}-01-01`;
  const to = query.get('to') ?? `${year}-12-31`;
  const unit = query.get('unit') ?? '';
  // The trend stops at today: quarters still to come would read as a fall to zero.
  const trendTo = [to, todayInStockholm()].sort()[0];
  const [r, trend, reminders] = await Promise.all([
    api('/results', { query: { from, to, unit } }),
    api('/results/trend', { query: { to: trendTo, unit } }),
    remindersPanel(),
  ]);
  const p = r.placements;
  const message = h('div');
  const fetchFile = (path, name, q) => async () => {
    try {
      await download(path, name, q);
    } catch (error) {
      message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };

  append(page, [
    h('h1', null, t('dashboard.heading')),
    periodForm({ from, to, unit }, (values) => go(`dashboard?${new URLSearchParams(values)}`)),
    h('p', { class: 'hint' }, t('dashboard.counted', { statuses: r.countedVerificationStatuses.map((s) => term('verification', s)).join(', ') })),
    h('h2', { class: 'visually-hidden' }, t('dashboard.measures')),
    h('ul', { class: 'stats', 'aria-label': t('dashboard.measures') }, [
      ['dashboard.m1', r.procurements.withClauses],
      ['dashboard.m2', r.procurements.withDialogue],
      ['dashboard.m3', r.procurements.withPlacements],
      ['dashboard.m4', p.offered],
      // Not every filled placement meets a clause's rules (kind, target group, minimums, dates).
      ['dashboard.m5', p.filled, t('dashboard.counting', { count: formatNumber(p.countingTowardRequirement) })],
    ].map(([key, value, note]) => h('li', { class: 'stat', dataset: { measure: key } },
      h('span', { class: 'stat-value' }, formatNumber(value)), h('span', { class: 'stat-label' }, t(key)),
      note ? h('span', { class: 'stat-note' }, note) : null))),
    h('div', { class: 'grid' },
      section(t('dashboard.byGender'), barChart(t('dashboard.byGenderCaption'), p.byGender.map((g) => ({ label: term('gender', g.gender), offered: g.offered, filled: g.filled })), 'gender')),
      section(t('dashboard.byAgeBand'), barChart(t('dashboard.byAgeBandCaption'), p.byAgeBand.map((g) => ({ label: g.ageBand, offered: g.offered, filled: g.filled })), 'age-band')),
      section(t('dashboard.byProgramme'), barChart(t('dashboard.byProgrammeCaption'), p.byEstablishmentProgramme.map((g) => ({ label: g.establishmentProgramme ? t('dashboard.inProgramme') : t('dashboard.notInProgramme'), offered: g.offered, filled: g.filled })), 'programme')),
      section(t('dashboard.byUnit'), r.units.length
        ? barChart(t('dashboard.byUnitCaption'), r.units.map((u) => ({ label: u.unit, offered: u.offered, filled: u.filled })), 'unit')
        : h('p', { class: 'empty' }, t('list.empty')))),
    section(t('dashboard.trend'), h('p', { class: 'hint' }, t('dashboard.trendHint')), trendCharts(trend)),
    section(t('dashboard.fulfilment'),
      table(t('dashboard.fulfilment'), [
        { label: t('clauses.type'), cell: (c) => term('clauseType', c.type) },
        { label: t('dashboard.clauses'), cell: (c) => formatNumber(c.clauses), numeric: true },
        { label: t('clauseStatus.FULFILLED'), cell: (c) => formatNumber(c.fulfilled), numeric: true },
        { label: t('clauseStatus.AT_RISK'), cell: (c) => formatNumber(c.atRisk), numeric: true },
        { label: t('clauseStatus.NOT_FULFILLED'), cell: (c) => formatNumber(c.notFulfilled), numeric: true },
        { label: t('dashboard.rate'), cell: (c) => `${formatNumber(Math.round(c.fulfilmentRate * 100))} %`, numeric: true },
      ], r.clauses),
      h('p', null, t('dashboard.initiatives', { clauses: formatNumber(r.integrationInitiatives.clauses), done: formatNumber(r.integrationInitiatives.milestonesCompleted), milestones: formatNumber(r.integrationInitiatives.milestones) }))),
    r.penalties ? section(t('dashboard.penalties'),
      h('p', { class: 'hint' }, t('dashboard.penaltiesHint')),
      facts([
        [t('dashboard.breachDecisions'), formatNumber(r.penalties.decisions)],
        [t('dashboard.penaltyDecisions'), formatNumber(r.penalties.penaltyDecisions)],
        [t('dashboard.waivedDecisions'), formatNumber(r.penalties.waivedDecisions)],
        [t('dashboard.penaltyAmount'), money(r.penalties.amountSek)],
      ])) : null,
    section(t('dashboard.fullTimeMonths'),
      h('p', { class: 'hint' }, t('dashboard.fullTimeMonthsHint')),
      facts([
        [t('followUp.delivered'), formatNumber(r.fullTimeMonths.delivered)],
        [t('followUp.committed'), formatNumber(r.fullTimeMonths.committed)],
        [t('dashboard.required'), formatNumber(r.fullTimeMonths.required)],
      ])),
    section(t('dashboard.genderProgramme'), table(t('dashboard.genderProgramme'), [
      { label: t('placement.gender'), cell: (g) => term('gender', g.gender) },
      { label: t('dashboard.programme'), cell: (g) => (g.establishmentProgramme ? t('form.yes') : t('form.no')) },
      { label: t('dashboard.offered'), cell: (g) => formatNumber(g.offered), numeric: true },
      { label: t('dashboard.filled'), cell: (g) => formatNumber(g.filled), numeric: true },
      { label: t('dashboard.countingColumn'), cell: (g) => formatNumber(g.countingTowardRequirement), numeric: true },
    ], p.byGenderAndProgramme)),
    section(t('dashboard.units'), table(t('dashboard.units'), [
      { label: t('procurement.contractingUnit'), cell: (u) => u.unit },
      { label: t('dashboard.m1short'), cell: (u) => formatNumber(u.procurements.withClauses), numeric: true },
      { label: t('dashboard.offered'), cell: (u) => formatNumber(u.offered), numeric: true },
      { label: t('dashboard.filled'), cell: (u) => formatNumber(u.filled), numeric: true },
      { label: t('dashboard.countingColumn'), cell: (u) => formatNumber(u.countingTowardRequirement), numeric: true },
    ], r.units)),
    section(t('dashboard.suppliers'), table(t('dashboard.suppliers'), [
      { label: t('supplier.name'), cell: (s) => s.name },
      { label: t('supplier.orgNumber'), cell: (s) => s.orgNumber },
      { label: t('dashboard.offered'), cell: (s) => formatNumber(s.offered), numeric: true },
      { label: t('dashboard.filled'), cell: (s) => formatNumber(s.filled), numeric: true },
      { label: t('dashboard.countingColumn'), cell: (s) => formatNumber(s.countingTowardRequirement), numeric: true },
    ], r.suppliers)),
    section(t('dashboard.pactMembers'), table(t('dashboard.pactMembers'), [
      { label: t('supplier.name'), cell: (m) => h('a', { href: `#/members/${m.memberId}` }, m.name) },
      { label: t('supplier.orgNumber'), cell: (m) => m.orgNumber },
      { label: t('dashboard.offered'), cell: (m) => formatNumber(m.offered), numeric: true },
      { label: t('dashboard.filled'), cell: (m) => formatNumber(m.filled), numeric: true },
      { label: t('dashboard.countingColumn'), cell: (m) => formatNumber(m.countingTowardRequirement), numeric: true },
      { label: t('dashboard.fullTimeMonthsCounting'), cell: (m) => formatNumber(m.fullTimeMonths), numeric: true },
    ], r.pactMembers ?? [])),
    jobbpartnerSection(r.jobbpartner, r.matching),
    reminders,
    section(t('dashboard.downloads'), message, h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', onclick: fetchFile('/results.csv', 'resultat.csv', { from, to, unit }) }, t('dashboard.csv')),
      h('button', { type: 'button', class: 'button secondary', onclick: fetchFile('/results/annual-report.pdf', `arsrapport-${from.slice(0, 4)}.pdf`, { year: from.slice(0, 4), unit }) }, t('dashboard.annualReport', { year: from.slice(0, 4) })))),
  ]);
}

const YOUNG = ['16-19', '20-24', '25-29'];

/** Sums `pick` (offered or filled) over the split rows that match. */
const sumOf = (rows, match, pick) => rows.filter(match).reduce((total, row) => total + row[pick], 0);

/**
 * The seed's Jobbpartner measures (offered and filled through the city's matching, the filled split
 * by gender, age and establishment programme), the Jobbpartner agreements and recruitment events,
 * and the matching figures in total, per member and per contracting unit.
 */
function jobbpartnerSection(j, m) {
  const count = (value) => formatNumber(value);
  const filledWhere = (match, key) => (x) => count(sumOf(x[key], match, 'filled'));
  const e = j.recruitmentEvents;
  const days = (value) => (value === null ? '–' : t('dashboard.jp.days', { days: formatNumber(value) }));
  return section(t('dashboard.jp.heading'),
    h('p', { class: 'hint' }, t('dashboard.jp.hint')),
    table(t('dashboard.jp.measures'), [
      { label: t('dashboard.jp.measure'), cell: (x) => t(`dashboard.jp.measure.${x.measure}`) },
      { label: t('dashboard.offered'), cell: (x) => count(x.offered), numeric: true },
      { label: t('dashboard.filled'), cell: (x) => count(x.filled), numeric: true },
      { label: t('dashboard.jp.filledWomen'), cell: filledWhere((g) => g.gender === 'WOMAN', 'byGender'), numeric: true },
      { label: t('dashboard.jp.filledMen'), cell: filledWhere((g) => g.gender === 'MAN', 'byGender'), numeric: true },
      { label: t('dashboard.jp.filledYoung'), cell: filledWhere((a) => YOUNG.includes(a.ageBand), 'byAgeBand'), numeric: true },
      { label: t('dashboard.jp.filledAdult'), cell: filledWhere((a) => !YOUNG.includes(a.ageBand), 'byAgeBand'), numeric: true },
      { label: t('dashboard.jp.filledProgramme'), cell: filledWhere((p) => p.establishmentProgramme, 'byEstablishmentProgramme'), numeric: true },
    ], j.measures),
    facts([
      [t('dashboard.jp.agreements'), count(j.agreementsSigned)],
      [t('dashboard.jp.events'), count(e.events)],
      [t('dashboard.jp.attendees'), t('dashboard.jp.attendeesValue', {
        total: count(e.attendees),
        genders: e.attendeesByGender.filter((g) => g.attendees).map((g) => `${term('gender', g.gender)} ${count(g.attendees)}`).join(', ') || '–',
      })],
      [t('dashboard.jp.eventOutcomes'), t('dashboard.jp.eventOutcomesValue', { interviews: count(e.interviews), offers: count(e.offers), hires: count(e.hires) })],
      [t('dashboard.jp.vacancies'), t('dashboard.jp.vacanciesValue', { vacancies: count(m.vacancies), positions: count(m.positions) })],
      [t('dashboard.jp.referrals'), t('dashboard.jp.referralsValue', {
        referred: count(m.referred), interviewed: count(m.interviewed), offered: count(m.offered), hired: count(m.hired), notHired: count(m.notHired),
      })],
      [t('dashboard.jp.notHiredReasons'), m.notHiredByReason.filter((r) => r.count).map((r) => `${t(`dashboard.jp.reason.${r.reason}`)} ${count(r.count)}`).join(', ') || '–'],
      [t('dashboard.jp.daysToHire'), t('dashboard.jp.daysToHireValue', { median: days(m.daysToHire.median), mean: days(m.daysToHire.mean) })],
      [t('dashboard.jp.share'), t('dashboard.jp.shareValue', {
        share: formatNumber(Math.round(m.shareThroughMatching * 1000) / 10), through: count(m.clausePlacementsThroughMatching), filled: count(m.clausePlacementsFilled),
      })],
    ]),
    table(t('dashboard.jp.perMember'), [
      { label: t('supplier.name'), cell: (b) => h('a', { href: `#/members/${b.memberId}` }, b.name) },
      { label: t('dashboard.jp.agreementColumn'), cell: (b) => (b.agreementSigned ? t('form.yes') : t('form.no')) },
      { label: t('dashboard.jp.vacanciesColumn'), cell: (b) => count(b.vacancies), numeric: true },
      { label: t('dashboard.jp.referredColumn'), cell: (b) => count(b.referred), numeric: true },
      { label: t('dashboard.offered'), cell: (b) => count(b.offered), numeric: true },
      { label: t('dashboard.filled'), cell: (b) => count(b.filled), numeric: true },
      { label: t('dashboard.jp.eventsColumn'), cell: (b) => count(b.events), numeric: true },
    ], m.byMember),
    table(t('dashboard.jp.perUnit'), [
      { label: t('procurement.contractingUnit'), cell: (u) => u.unit ?? t('dashboard.jp.noUnit') },
      { label: t('dashboard.jp.vacanciesColumn'), cell: (u) => count(u.vacancies), numeric: true },
      { label: t('dashboard.jp.referredColumn'), cell: (u) => count(u.referred), numeric: true },
      { label: t('dashboard.offered'), cell: (u) => count(u.offered), numeric: true },
      { label: t('dashboard.filled'), cell: (u) => count(u.filled), numeric: true },
    ], m.byUnit));
}

function periodForm(values, submit) {
  const input = (name, type, label) => h('div', { class: 'field' }, h('label', { for: `period-${name}` }, label),
    h('input', { id: `period-${name}`, name, type, value: values[name] }));
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'search period', 'aria-label': t('dashboard.period') },
    input('from', 'date', t('dashboard.from')), input('to', 'date', t('dashboard.to')), input('unit', 'text', t('dashboard.unit')),
    h('button', { type: 'submit', class: 'button secondary' }, t('dashboard.show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    submit(Object.fromEntries(Object.entries(data).filter(([, v]) => v !== '')));
  });
  return form;
}
