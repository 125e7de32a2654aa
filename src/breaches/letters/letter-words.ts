import { PenaltyUnit } from '../breach.types';

/** The breach letters' words in Swedish (default) and English; amounts arrive formatted. */
export const LETTER_WORDS = {
  sv: {
    page: (n: number, of: number) => `Sida ${n} av ${of}`,
    to: 'Till',
    from: 'Från',
    date: 'Datum',
    contract: 'Avtal',
    clause: 'Klausul',
    request: 'Begäran om rättelse',
    clauseLine: (n: number, title: string) => `${n} – ${title}`,
    requestLine: (date: string, due: string) => `daterad ${date}, rättelse senast ${due}`,
    remedy: {
      title: 'Begäran om rättelse',
      intro: (buyer: string, n: number) =>
        `${buyer} har gått igenom er redovisning enligt avtalet och bedömer att kravet i klausul ${n} inte är uppfyllt. Vi begär därför att ni rättar bristen.`,
      obligation: 'Vad klausulen kräver',
      missing: 'Vad som saknas',
      dueBy: (due: string, days: number) => `Bristen ska vara rättad senast ${due} (rättelsetid ${days} dagar).`,
      after: 'Om bristen inte är rättad',
      penalty: (perUnit: string, unit: string, cap: string) =>
        `Klausulen anger vite om ${perUnit} per ${unit}, sammanlagt högst ${cap} under klausulen. Om bristen inte är rättad senast rättelsedagen kan beställaren besluta om vite. Vitet beräknas på det som saknas vid beslutsdagen enligt er redovisning.`,
      generalTerms:
        'Klausulen anger inget vite. Om bristen inte är rättad senast rättelsedagen hanteras avtalsbrottet enligt avtalets allmänna villkor.',
      answer: 'Så svarar ni',
      answerText: (ref: string, n: number, due: string) =>
        `Svara senast ${due} med en åtgärdsplan i uppföljningstjänsten (avtal ${ref}, klausul ${n}): vilka åtgärder ni vidtar och när ni räknar med att uppfylla kravet. Redovisa rättelsen som vanligt i uppföljningstjänsten, så att den kan följas upp.`,
      contact: 'Kontakt',
      contactText: (buyer: string) => `Frågor om denna begäran besvaras av ${buyer}.`,
    },
    decision: {
      penaltyTitle: 'Beslut om vite',
      waivedTitle: 'Beslut: inget vite',
      background: 'Bakgrund',
      backgroundText: (date: string, due: string, plans: number) =>
        `Den ${date} begärde beställaren rättelse senast ${due}. ${plans === 0 ? 'Ingen åtgärdsplan har lämnats.' : `Leverantören har lämnat ${plans === 1 ? 'en åtgärdsplan' : `${plans} åtgärdsplaner`}.`}`,
      missing: 'Begärd rättelse',
      decision: 'Beslut',
      penaltyText: (buyer: string, amount: string, asOf: string) =>
        `${buyer} beslutar att ta ut vite om ${amount} enligt klausulens villkor, beräknat på redovisningen per ${asOf}.`,
      waivedText: (buyer: string) => `${buyer} beslutar att inte ta ut vite.`,
      motivation: 'Motivering',
      calculation: 'Beräkning',
      wouldHaveBeen: 'Vitet som efterges skulle ha beräknats så här:',
      shortfall: 'Detta saknades vid beslutsdagen:',
      table: ['Del', 'Ska vara levererat', 'Levererat', 'Saknas'],
      total: 'Summa',
      noneDue: 'Inget var förfallet vid beslutsdagen.',
      payment: 'Vitet regleras enligt avtalets betalningsvillkor.',
    },
    units: {
      [PenaltyUnit.FullTimeMonth]: 'heltidsmånad som saknas',
      [PenaltyUnit.Meeting]: 'dialogmöte som inte har hållits',
      [PenaltyUnit.Milestone]: 'delmål som inte har uppnåtts',
    },
  },
  en: {
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    to: 'To',
    from: 'From',
    date: 'Date',
    contract: 'Contract',
    clause: 'Clause',
    request: 'Request to remedy',
    clauseLine: (n: number, title: string) => `${n} – ${title}`,
    requestLine: (date: string, due: string) => `dated ${date}, remedy by ${due}`,
    remedy: {
      title: 'Request to remedy a breach',
      intro: (buyer: string, n: number) =>
        `${buyer} has reviewed your reporting under the contract and finds that the requirement of clause ${n} is not met. We therefore request that you remedy the breach.`,
      obligation: 'What the clause requires',
      missing: 'What is missing',
      dueBy: (due: string, days: number) => `The breach is to be remedied by ${due} (remedy period ${days} days).`,
      after: 'If the breach is not remedied',
      penalty: (perUnit: string, unit: string, cap: string) =>
        `The clause sets a penalty of ${perUnit} per ${unit}, at most ${cap} in total under the clause. If the breach is not remedied by the remedy date, the buyer may decide on a penalty, computed on what is missing at the date of the decision according to your reporting.`,
      generalTerms:
        'The clause sets no penalty. If the breach is not remedied by the remedy date, it is handled under the general terms of the contract.',
      answer: 'How to answer',
      answerText: (ref: string, n: number, due: string) =>
        `Answer by ${due} with a recovery plan in the follow-up service (contract ${ref}, clause ${n}): the actions you take and when you expect to meet the requirement. Report the remedy in the follow-up service as usual, so that it can be followed up.`,
      contact: 'Contact',
      contactText: (buyer: string) => `Questions about this request are answered by ${buyer}.`,
    },
    decision: {
      penaltyTitle: 'Decision on a contract penalty',
      waivedTitle: 'Decision: no penalty',
      background: 'Background',
      backgroundText: (date: string, due: string, plans: number) =>
        `On ${date} the buyer requested a remedy by ${due}. ${plans === 0 ? 'No recovery plan was filed.' : `The supplier filed ${plans === 1 ? 'a recovery plan' : `${plans} recovery plans`}.`}`,
      missing: 'Remedy requested',
      decision: 'Decision',
      penaltyText: (buyer: string, amount: string, asOf: string) =>
        `${buyer} decides to claim a penalty of ${amount} under the terms of the clause, computed on the reporting as of ${asOf}.`,
      waivedText: (buyer: string) => `${buyer} decides not to claim a penalty.`,
      motivation: 'Reasons',
      calculation: 'Calculation',
      wouldHaveBeen: 'The penalty waived would have been computed as follows:',
      shortfall: 'This was missing at the date of the decision:',
      table: ['Part', 'Due', 'Delivered', 'Missing'],
      total: 'Total',
      noneDue: 'Nothing was due at the date of the decision.',
      payment: 'The penalty is settled under the payment terms of the contract.',
    },
    units: {
      [PenaltyUnit.FullTimeMonth]: 'missing full-time month',
      [PenaltyUnit.Meeting]: 'dialogue meeting not held',
      [PenaltyUnit.Milestone]: 'milestone not reached',
    },
  },
} as const;
