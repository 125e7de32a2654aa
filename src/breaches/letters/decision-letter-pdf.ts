import { formatNumber, Lang } from '../../clauses/text/labels';
import { BreachOutcome } from '../breach.types';
import { kronor } from '../penalty-words';
import { field, finishLetter, heading, openLetter, paragraph, table } from './letter-document';
import { DecisionLetterInput } from './letter-input';
import { LETTER_WORDS } from './letter-words';

/** The decision letter: a penalty with its calculation, or a waiver with its motivation. */
export function renderDecisionLetter(input: DecisionLetterInput, lang: Lang): Promise<Buffer> {
  const w = LETTER_WORDS[lang];
  const d = w.decision;
  const penalty = input.outcome === BreachOutcome.Penalty;
  const { doc, done } = openLetter({ title: penalty ? d.penaltyTitle : d.waivedTitle, author: input.buyer, lang }, input.letterhead);
  field(doc, w.to, input.supplier);
  field(doc, w.from, input.buyer);
  field(doc, w.date, input.date);
  field(doc, w.contract, `${input.reference} – ${input.procurementTitle}`);
  field(doc, w.clause, w.clauseLine(input.clauseNumber, input.clauseTitle));
  field(doc, w.request, w.requestLine(input.requestDate, input.dueDate));
  heading(doc, d.background);
  paragraph(doc, d.backgroundText(input.requestDate, input.dueDate, input.recoveryPlans));
  heading(doc, d.missing);
  paragraph(doc, input.missing);
  heading(doc, d.decision);
  const c = input.calculation;
  paragraph(doc, penalty ? d.penaltyText(input.buyer, kronor(c.amountSek, lang), c.asOf) : d.waivedText(input.buyer));
  if (!penalty && input.motivation) {
    heading(doc, d.motivation);
    paragraph(doc, input.motivation);
  }
  heading(doc, d.calculation);
  if (!penalty) paragraph(doc, c.sekPerUnit === null ? d.shortfall : d.wouldHaveBeen);
  if (c.parts.length === 0) paragraph(doc, d.noneDue);
  else {
    const num = (n: number) => formatNumber(n, lang);
    table(doc, d.table, [
      ...c.parts.map((p) => [p.label, num(p.due), num(p.delivered), num(p.missing)]),
      [d.total, num(c.due), num(c.delivered), num(c.missing)],
    ], true);
  }
  paragraph(doc, c.arithmetic);
  if (penalty) paragraph(doc, d.payment);
  finishLetter(doc, input.reference, lang);
  return done;
}
