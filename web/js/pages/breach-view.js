// @ts-check
import { download } from '../api.js';
import { h } from '../dom.js';
import { formatDate, formatNumber, t, term } from '../i18n.js';
import { facts, money, notice, table } from '../ui.js';

/** Each clause type's penalty amount per unit, under the name its parameters give it. */
const PER_UNIT = {
  PLACEMENTS: ['FULL_TIME_MONTH', 'sekPerMissingFullTimeMonth'],
  DIALOGUE: ['MEETING', 'sekPerMissedMeeting'],
  INTEGRATION_INITIATIVE: ['MILESTONE', 'sekPerMissedMilestone'],
};

/**
 * A clause's penalty terms in the shape a breach carries them, or null when the clause sets none.
 * @param {{ type: string, parameters: any }} clause
 * @returns {{ unit: string, sekPerUnit: number, capSek: number } | null}
 */
export function penaltyTermsOf(clause) {
  const penalty = clause.parameters?.penalty;
  const [unit, amountKey] = PER_UNIT[/** @type {keyof PER_UNIT} */ (clause.type)] ?? [];
  return penalty && unit ? { unit, sekPerUnit: penalty[amountKey], capSek: penalty.capSek } : null;
}

/** The penalty terms as the contract states them, or that a breach falls under the general terms. @param {{ unit: string, sekPerUnit: number, capSek: number } | null} terms */
export function termsText(terms) {
  if (!terms) return t('breach.noTerms');
  return t(`breach.terms.${terms.unit}`, { sek: money(terms.sekPerUnit), cap: money(terms.capSek) });
}

/** A due date, marked when the remedy period has passed without a decision. @param {{ dueDate: string, overdue: boolean }} breach */
export function dueDateCell(breach) {
  return h('span', null, formatDate(breach.dueDate), breach.overdue ? h('strong', { class: 'overdue' }, ' – ', t('breach.overdue')) : null);
}

/**
 * What a penalty decision amounts to and why: the arithmetic as the API words it, each line,
 * meeting or milestone, and the cap.
 * @param {any} calc a PenaltyCalculation
 */
export function calculationView(calc) {
  const caption = t('breach.calculation', { date: formatDate(calc.asOf), unit: term('penaltyUnit', calc.unit) });
  return h('div', { class: 'calculation' },
    h('p', { class: 'arithmetic' }, calc.arithmetic),
    table(caption, [
      { label: t('breach.part'), cell: (p) => p.label },
      { label: t('breach.unitsDue'), cell: (p) => formatNumber(p.due, 2), numeric: true },
      { label: t('breach.unitsDelivered'), cell: (p) => formatNumber(p.delivered, 2), numeric: true },
      { label: t('breach.unitsMissing'), cell: (p) => formatNumber(p.missing, 2), numeric: true },
    ], calc.parts),
    facts([
      [t('breach.unitsMissing'), `${formatNumber(calc.missing, 2)} ${term('penaltyUnit', calc.unit)}`],
      [t('breach.sekPerUnit'), money(calc.sekPerUnit)],
      [t('breach.gross'), money(calc.grossSek)],
      [t('breach.cap'), money(calc.capSek)],
      [t('breach.alreadyDecided'), money(calc.alreadyDecidedSek)],
      [t('breach.amount'), h('strong', { class: 'amount' }, money(calc.amountSek))],
    ]),
    calc.capped ? notice(t('breach.capped'), 'info') : null);
}

/**
 * The letters of a remedy request as downloads in Swedish and English (the API wants the bearer
 * token, so they are fetched rather than linked).
 * @param {string} path the breach's API path
 * @param {any} breach
 */
export function lettersView(path, breach) {
  const message = h('div');
  const letter = (file, key, language) => h('li', null, h('button', {
    type: 'button',
    class: 'link',
    onclick: async () => {
      try {
        await download(`${path}/${file}`, `${breach.contractReference} ${file}`, { lang: language });
      } catch (error) {
        message.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
      }
    },
  }, t(key, { language: t(`language.${language}`) })));
  return h('div', { class: 'letters' },
    h('h4', null, t('breach.letters')),
    message,
    h('ul', null,
      ['sv', 'en'].map((language) => letter('letter.pdf', 'breach.letterRequest', language)),
      breach.decision ? ['sv', 'en'].map((language) => letter('decision.pdf', 'breach.letterDecision', language)) : null));
}
