// @ts-check
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { badge, table } from '../ui.js';
import { deadlineCell, vacancyLink } from './vacancies.js';

/**
 * "Lediga jobb och anvisningar" on a supplier's contract: its vacancies on the contract, how many
 * referrals await the supplier's outcome, and the way to post a new one. Each vacancy's page lists
 * its referrals with their outcome forms.
 * @param {any} contract
 */
export async function contractVacancies(contract) {
  const list = await api('/vacancies', { query: { contractId: contract.id, limit: 50 } });
  const heading = t('contractVacancies.heading');
  return h('div', { class: 'contract-vacancies' },
    h('h3', null, heading),
    list.items.length ? table(heading, [
      { label: t('vacancy.title'), cell: vacancyLink },
      { label: t('vacancy.status'), cell: (v) => badge('vacancyStatus', v.status) },
      { label: t('vacancy.positionsLeft'), cell: (v) => t('vacancy.positionsOf', { left: v.positionsLeft, total: v.positions }), numeric: true },
      { label: t('vacancy.deadline'), cell: (v) => deadlineCell(v.referralDeadline) },
      { label: t('vacancy.referrals'), cell: (v) => Object.values(v.referrals).reduce((a, b) => a + b, 0), numeric: true },
      { label: t('contractVacancies.awaiting'), cell: (v) => v.referrals.referred + v.referrals.interviewed + v.referrals.offered, numeric: true },
    ], list.items) : h('p', { class: 'empty' }, t('contractVacancies.none')),
    contract.phase === 'ENDED' ? null
      : h('p', null, h('a', { class: 'button secondary', href: `#/vacancies/new?contractId=${contract.id}` }, t('vacancy.new'))));
}
