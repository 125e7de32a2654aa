import {
  CityContact,
  ClauseParameters,
  ClauseType,
  DialogueParameters,
  IntegrationInitiativeParameters,
  PlacementKind,
  PlacementLine,
  PlacementsParameters,
  TargetGroup,
} from '../clause.types';
import { renderClauseText, TextFormat } from './clause-text';
import { ClauseTextInput } from './clause-view';
import { formatNumber, Lang, LABELS } from './labels';

/**
 * Every contract term is in every clause text, whatever the parameters: each combination of the
 * parameters that change the wording is rendered in both languages and formats, and each required
 * element is looked for by its marker words and the values it must state.
 */

type Common = Pick<ClauseTextInput, 'buyerName' | 'targetGroups' | 'supportContact'> & { remedyDays?: number; withPenalty: boolean };

const KINDS = Object.values(PlacementKind);
const TRAINEESHIPS: PlacementKind[] = [PlacementKind.Internship, PlacementKind.Apl];
const FULL_CONTACT: CityContact = { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', name: 'Anna Lind', email: 'anna.lind@stockholm.se', phone: '08-508 00 508' };

const COMMONS: Common[] = ['Stockholms stad', 'Stockholm Vatten och Avfall AB'].flatMap((buyerName) =>
  [[TargetGroup.Youth], [TargetGroup.Newcomer, TargetGroup.ForeignBornWomen, TargetGroup.Disability]].flatMap((targetGroups) =>
    [{ unit: 'Jobbtorg Stockholm' }, FULL_CONTACT].flatMap((supportContact) =>
      [undefined, 45].flatMap((remedyDays) => [false, true].map((withPenalty) => ({ buyerName, targetGroups, supportContact, remedyDays, withPenalty }))),
    ),
  ),
);

const LINES: PlacementLine[] = [undefined, 4].flatMap((count) =>
  [undefined, { value: 6, unit: 'MONTHS' as const }, { value: 1, unit: 'WEEKS' as const }].flatMap((minLength) =>
    [undefined, { date: '2028-06-30' }, { contractMonth: 1 }].flatMap((deadline) =>
      KINDS.map((kind) => ({ kind, count, minLength, deadline, fullTimeMonths: 13.5, minWorkingTimePercent: 75 })),
    ),
  ),
).map((line) => Object.fromEntries(Object.entries(line).filter(([, v]) => v !== undefined)) as unknown as PlacementLine);

const BONUSES: PlacementsParameters['bonus'][] = [undefined, { sekPerExtraFullTimeMonth: 15_000 }, { sekPerExtraFullTimeMonth: 15_000, maxSek: 150_000, genderEqualityMeasures: 'Hälften av platserna till kvinnor.' }];

function input(type: ClauseType, c: Common, parameters: ClauseParameters): ClauseTextInput {
  const terms = { ...(c.remedyDays === undefined ? {} : { remedyDays: c.remedyDays }) };
  return { number: 1, type, version: 1, title: 'Klausul', targetGroups: c.targetGroups, parameters: { ...parameters, ...terms }, reportingIntervalMonths: 3, buyerName: c.buyerName, supportContact: c.supportContact };
}

function placementsCases(): [ClauseTextInput, Common][] {
  return COMMONS.flatMap((c) =>
    LINES.flatMap((line) =>
      BONUSES.map((bonus) => {
        const p: PlacementsParameters = {
          lines: [line],
          earlyStartWithinMonths: c.withPenalty ? 1 : 6,
          earlyEndingCreditPercent: c.withPenalty ? 50 : 75,
          ...(bonus ? { bonus } : {}),
          ...(c.withPenalty ? { penalty: { sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 } } : {}),
        };
        return [input(ClauseType.Placements, c, p), c] as [ClauseTextInput, Common];
      }),
    ),
  );
}

function dialogueCases(): [ClauseTextInput, Common][] {
  return COMMONS.flatMap((c) =>
    [0, 1, 3].flatMap((followUpMeetings) =>
      [1, 8].flatMap((firstMeetingWithinWeeks) =>
        [{ unit: 'Arbetsmarknadsförvaltningen' }, FULL_CONTACT].map((cityContact) => {
          const p: DialogueParameters = { firstMeetingWithinWeeks, followUpMeetings, cityContact, ...(c.withPenalty ? { penalty: { sekPerMissedMeeting: 25_000, capSek: 75_000 } } : {}) };
          return [input(ClauseType.Dialogue, c, p), c] as [ClauseTextInput, Common];
        }),
      ),
    ),
  );
}

function initiativeCases(): [ClauseTextInput, Common][] {
  const milestoneSets = [[{ title: 'Programmet startat', dueDate: '2027-09-30' }], [{ title: 'Programmet startat', dueDate: '2027-09-30' }, { title: 'Tio mentorskap', dueDate: '2028-09-30', description: 'Utvärderat med Jobbtorg' }]];
  return COMMONS.flatMap((c) =>
    milestoneSets.map((milestones) => {
      const p: IntegrationInitiativeParameters = { description: 'Mentorprogram för unga i Söderort.', milestones, ...(c.withPenalty ? { penalty: { sekPerMissedMilestone: 30_000, capSek: 60_000 } } : {}) };
      return [input(ClauseType.IntegrationInitiative, c, p), c] as [ClauseTextInput, Common];
    }),
  );
}

/** Marker words of each element, per language; each element also states the values checked below. */
const MARKERS = {
  sv: {
    parties: 'särskilt kontraktsvillkor', buyer: (name: string) => `Beställaren (${name})`, definition: 'arbetslösa personer som har svårt att etablera sig på arbetsmarknaden',
    proof: 'Leverantören ska kunna visa att varje person', fullTimeMonth: 'En heltidsmånad är en månads arbete på heltid', obligation: 'Åtagande:',
    earlyStart: (months: string) => `Senast ${months} efter avtalets start`, contractLink: 'Koppling till avtalet:', subcontractors: 'underleverantör',
    employment: 'lagen (1982:80) om anställningsskydd', collectiveAgreement: 'kollektivavtal', traineeship: 'Praktik och arbetsplatsförlagt lärande är inte anställningar',
    earlyEnding: (pct: string) => `om minst ${pct} % av den avtalade tiden har fullgjorts`, justCause: 'saklig grund för uppsägning', refill: 'tillsätta platsen på nytt',
    reporting: 'Rapportering:', within30: 'senast 30 dagar efter varje rapportperiods slut', noNames: 'får inte innehålla namn, personnummer',
    documentation: 'Dokumentation:', keep: 'två år efter', onRequest: 'inom tio arbetsdagar', support: 'Stöd vid rekrytering:', matching: 'Jobbtorg Stockholm och Jobbpartner',
    remedy: (days: string) => `rättelse inom ${days} från Beställarens skriftliga begäran`, recoveryPlan: 'åtgärdsplan',
    penalty: (perUnit: string, unit: string, cap: string) => `vite med ${perUnit} ${unit}, sammanlagt högst ${cap} enligt denna klausul`,
    waive: 'Beställaren får avstå från vite eller sätta ned det', generalTerms: 'avtalets allmänna villkor', bonus: 'Bonus:', firstMeeting: (w: string) => `senast ${w} efter avtalets start`,
    meetingContact: 'Kontakt för dialogen:', milestone: (date: string, title: string) => `Senast ${date}: ${title}`,
  },
  en: {
    parties: 'special contract condition', buyer: (name: string) => `the Buyer (${name})`, definition: 'unemployed persons who find it hard to establish themselves on the labour market',
    proof: 'The Supplier shall be able to show that each person', fullTimeMonth: 'A full-time month is one month of full-time work', obligation: 'Commitment:',
    earlyStart: (months: string) => `within ${months} of the contract start`, contractLink: 'Link to the contract:', subcontractors: 'subcontractor',
    employment: 'Employment Protection Act (lagen (1982:80) om anställningsskydd)', collectiveAgreement: 'collective agreement', traineeship: 'Internships and work-based learning are not employments',
    earlyEnding: (pct: string) => `if at least ${pct} % of the agreed time has been worked`, justCause: 'just cause for dismissal', refill: 'fill the placement again',
    reporting: 'Reporting:', within30: 'at the latest 30 days after the end of each reporting period', noNames: 'must not contain names, personal identity numbers',
    documentation: 'Documentation:', keep: 'two years after', onRequest: 'within ten working days', support: 'Recruitment support:', matching: 'Jobbtorg Stockholm and Jobbpartner',
    remedy: (days: string) => `remedy it within ${days} of the Buyer's written request`, recoveryPlan: 'recovery plan',
    penalty: (perUnit: string, unit: string, cap: string) => `contract penalty (vite) of ${perUnit} ${unit}, at most ${cap} in total under this clause`,
    waive: 'The Buyer may waive or reduce the penalty', generalTerms: "the contract's general terms", bonus: 'Bonus:', firstMeeting: (w: string) => `within ${w} of the contract start`,
    meetingContact: 'Contact for the dialogue:', milestone: (date: string, title: string) => `By ${date}: ${title}`,
  },
};

/** The elements a clause's text must contain, as [element, text] pairs. */
function required(clause: ClauseTextInput, c: Common, lang: Lang): [string, string][] {
  const m = MARKERS[lang];
  const l = LABELS[lang];
  const num = (n: number) => formatNumber(n, lang);
  const money = (n: number) => l.currency(num(n));
  const contact = (x: CityContact) => [x.unit, x.name, x.email, x.phone].filter((v): v is string => !!v);
  const remedy = c.remedyDays ?? 30;
  const out: [string, string][] = [
    ['parties', m.parties], ['buyer', m.buyer(c.buyerName)], ['definition', m.definition], ['obligation', m.obligation],
    ...c.targetGroups.map((g): [string, string] => ['target group', l.targetGroups[g]]),
    ['contract link', m.contractLink], ['subcontractors', m.subcontractors],
    ['reporting', m.reporting], ['reporting interval', l.interval(3)], ['reporting deadline', m.within30], ['no names', m.noNames],
    ['documentation', m.documentation], ['kept after the contract', m.keep], ['shown on request', m.onRequest],
    ['support', m.support], ['matching', m.matching], ...contact(c.supportContact).map((v): [string, string] => ['support contact', v]),
    ['remedy period', m.remedy(l.days(num(remedy), false))], ['recovery plan', m.recoveryPlan],
  ];
  const p = clause.parameters as PlacementsParameters & DialogueParameters & IntegrationInitiativeParameters;
  const penalty = (perUnit: number | undefined, cap: number | undefined): [string, string][] =>
    c.withPenalty ? [['penalty', m.penalty(money(perUnit!), l.penaltyUnits[clause.type], money(cap!))], ['waiver', m.waive]] : [['general terms', m.generalTerms]];
  if (clause.type === ClauseType.Placements) {
    const line = p.lines[0];
    const kinds = line.count === undefined ? l.volumeKinds : l.placementKinds;
    out.push(['proof', m.proof], ['full-time month', m.fullTimeMonth], ['line kind', kinds[line.kind]], ['line volume', num(line.fullTimeMonths)]);
    if (line.count !== undefined) out.push(['head count', `${line.count} × ${l.placementKinds[line.kind]}`]);
    if (line.minLength) out.push(['min length', (line.minLength.unit === 'WEEKS' ? l.weeks : l.months)(num(line.minLength.value), line.minLength.value === 1)]);
    out.push(['deadline', line.deadline?.date ?? (line.deadline ? l.contractMonth(line.deadline.contractMonth!) : l.contractEnd)]);
    out.push(['early start', m.earlyStart(l.months(num(p.earlyStartWithinMonths), p.earlyStartWithinMonths === 1))]);
    out.push(['early ending', m.earlyEnding(num(p.earlyEndingCreditPercent))], ['just cause', m.justCause], ['refill', m.refill]);
    if (TRAINEESHIPS.includes(line.kind)) out.push(['traineeship', m.traineeship]);
    else out.push(['employment terms', m.employment], ['collective agreement', m.collectiveAgreement]);
    if (p.bonus) out.push(['bonus', m.bonus], ['bonus amount', money(p.bonus.sekPerExtraFullTimeMonth)]);
    if (p.bonus?.maxSek) out.push(['bonus cap', money(p.bonus.maxSek)]);
    if (p.bonus?.genderEqualityMeasures) out.push(['gender equality', p.bonus.genderEqualityMeasures]);
    out.push(...penalty(p.penalty?.sekPerMissingFullTimeMonth, p.penalty?.capSek));
  } else if (clause.type === ClauseType.Dialogue) {
    out.push(['first meeting', m.firstMeeting(l.weeks(num(p.firstMeetingWithinWeeks), p.firstMeetingWithinWeeks === 1))], ['meeting contact', m.meetingContact]);
    if (p.followUpMeetings > 0) out.push(['follow-up meetings', l.followUpMeetings(num(p.followUpMeetings), p.followUpMeetings === 1)]);
    out.push(...contact(p.cityContact).map((v): [string, string] => ['meeting contact detail', v]), ...penalty(p.penalty?.sekPerMissedMeeting, p.penalty?.capSek));
  } else {
    out.push(['initiative', p.description], ...p.milestones.map((ms): [string, string] => ['milestone', m.milestone(ms.dueDate, ms.title)]));
    out.push(...p.milestones.filter((ms) => ms.description).map((ms): [string, string] => ['milestone description', ms.description!]));
    out.push(...penalty(p.penalty?.sekPerMissedMilestone, p.penalty?.capSek));
  }
  return out;
}

/** Elements that must not be there: the other branch of a choice, and anything a template leaves behind. */
function forbidden(clause: ClauseTextInput, c: Common, lang: Lang): [string, RegExp][] {
  const m = MARKERS[lang];
  const out: [string, RegExp][] = [
    ['template syntax', /\{\{|\}\}/], ['undefined', /undefined/], ['null', /\bnull\b/], ['NaN', /NaN/], ['empty list item', /^\s*[-*]\s*$/m],
    ['hard-coded city as buyer', /\b[Ss]taden\b|\b[Tt]he city\b/], ['doubled space', /\S {2,}\S/], ['space before punctuation', / [.,;:]/],
    ['second buyer name', new RegExp(`${m.buyer('').replace(/[()]/g, '\\$&')}.*${m.buyer('').replace(/[()]/g, '\\$&')}`, 's')],
  ];
  out.push(c.withPenalty ? ['general terms', new RegExp(m.generalTerms)] : ['penalty amount', /kronor per|SEK [\d,]+ per/]);
  const p = clause.parameters as PlacementsParameters;
  if (clause.type === ClauseType.Placements && !p.bonus) out.push(['bonus', new RegExp(m.bonus)]);
  if (clause.type === ClauseType.Placements) {
    out.push(TRAINEESHIPS.includes(p.lines[0].kind) ? ['employment terms', new RegExp(m.employment.replace(/[()]/g, '\\$&'))] : ['traineeship', new RegExp(m.traineeship)]);
  }
  if (clause.type !== ClauseType.Placements) out.push(['proof', new RegExp(m.proof)], ['full-time month', new RegExp(m.fullTimeMonth)]);
  return out;
}

const cases: [ClauseType, () => [ClauseTextInput, Common][]][] = [
  [ClauseType.Placements, placementsCases],
  [ClauseType.Dialogue, dialogueCases],
  [ClauseType.IntegrationInitiative, initiativeCases],
];
const runs = cases.flatMap(([type, build]) => (['sv', 'en'] as Lang[]).flatMap((lang) => (['text', 'markdown'] as TextFormat[]).map((format) => [type, lang, format, build] as const)));

describe('clause text completeness', () => {
  it.each(runs)('%s in %s as %s: every required element, for every combination of parameters', (_type, lang, format, build) => {
    const problems: string[] = [];
    const combinations = build();
    for (const [clause, common] of combinations) {
      const text = renderClauseText(clause, format, lang);
      // Markdown escapes inserted values; the markers are compared with the escapes taken out.
      const plain = format === 'markdown' ? text.replace(/\\(.)/g, '$1').replace(/\*\*/g, '') : text;
      const where = () => JSON.stringify({ parameters: clause.parameters, common });
      for (const [element, words] of required(clause, common, lang)) {
        if (!plain.includes(words)) problems.push(`missing ${element} "${words}" in ${where()}`);
      }
      for (const [element, pattern] of forbidden(clause, common, lang)) {
        if (pattern.test(plain)) problems.push(`unexpected ${element} ${pattern} in ${where()}`);
      }
    }
    expect(combinations.length).toBeGreaterThan(0);
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
