import { Lang } from '../../clauses/text/labels';
import { kronor } from '../penalty-words';
import { bullets, field, finishLetter, heading, openLetter, paragraph } from './letter-document';
import { RemedyLetterInput } from './letter-input';
import { LETTER_WORDS } from './letter-words';

/** The remedy request letter (begäran om rättelse) to the supplier. */
export function renderRemedyLetter(input: RemedyLetterInput, lang: Lang): Promise<Buffer> {
  const w = LETTER_WORDS[lang];
  const r = w.remedy;
  const { doc, done } = openLetter({ title: r.title, author: input.buyer, lang }, input.letterhead);
  field(doc, w.to, input.supplier);
  field(doc, w.from, input.buyer);
  field(doc, w.date, input.date);
  field(doc, w.contract, `${input.reference} – ${input.procurementTitle}`);
  field(doc, w.clause, w.clauseLine(input.clauseNumber, input.clauseTitle));
  doc.moveDown(0.5);
  paragraph(doc, r.intro(input.buyer, input.clauseNumber));
  heading(doc, r.obligation);
  bullets(doc, input.obligation);
  heading(doc, r.missing);
  paragraph(doc, input.missing);
  paragraph(doc, r.dueBy(input.dueDate, input.remedyDays));
  heading(doc, r.after);
  const terms = input.penaltyTerms;
  paragraph(doc, terms ? r.penalty(kronor(terms.sekPerUnit, lang), w.units[terms.unit], kronor(terms.capSek, lang)) : r.generalTerms);
  heading(doc, r.answer);
  paragraph(doc, r.answerText(input.reference, input.clauseNumber, input.dueDate));
  heading(doc, r.contact);
  paragraph(doc, r.contactText(input.buyer));
  paragraph(doc, input.contact);
  finishLetter(doc, input.reference, lang);
  return done;
}
