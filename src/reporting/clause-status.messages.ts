import { defineMessages } from '../common/i18n';
import { defineParts } from '../common/coded-text';

/**
 * Why a clause has its status, as the officer, the pact office and the supplier read it: one
 * message per kind of reason; the optional parts of a line's reason and the words in parameters
 * (placement kinds, target groups) are parts (see src/common/coded-text.ts). Dates are ISO.
 */
export const CLAUSE_STATUS_MESSAGES = defineMessages({
  STATUS_NOT_STARTED: { sv: 'Avtalet börjar {start}', en: 'The contract starts {start}' },
  STATUS_NO_EARLY_START: {
    sv: 'Ingen placering erbjuden eller påbörjad inom {withinMonths} månader från avtalets start (senast {due})',
    en: 'No placement offered or started within {withinMonths} months of contract start (by {due})',
  },
  STATUS_EARLY_START_PENDING: {
    sv: 'Ingen placering ännu; den första ska erbjudas eller påbörjas senast {due}',
    en: 'No placement yet; the first must be offered or started by {due}',
  },
  STATUS_NOT_COUNTED: { sv: 'Placeringar som inte räknas: {count} ({why})', en: 'Placements not counted: {count} ({why})' },
  STATUS_LINE: {
    sv: '{kind}: {delivered} av {required} heltidsmånader levererade{committed}{heads}{refill}{outcome}',
    en: '{kind}: {delivered} of {required} full-time months delivered{committed}{heads}{refill}{outcome}',
  },
  STATUS_BONUS_NONE: {
    sv: 'Bonus: ingen, den ges bara för det som levereras utöver ett uppfyllt krav',
    en: 'Bonus: none, it is earned only beyond a fulfilled requirement',
  },
  STATUS_BONUS: {
    sv: 'Bonus: {extra} heltidsmånader utöver kravet × {perMonth} kr = {sek} kr{cap}',
    en: 'Bonus: {extra} full-time months beyond the requirement × {perMonth} SEK = {sek} SEK{cap}',
  },
  STATUS_FIRST_MEETING_HELD: { sv: 'Första dialogmötet hölls {heldOn}', en: 'First meeting held {heldOn}' },
  STATUS_FIRST_MEETING_LATE: {
    sv: 'Första dialogmötet hölls {heldOn}, efter tidsgränsen {due}',
    en: 'First meeting held {heldOn}, after the deadline {due}',
  },
  STATUS_FIRST_MEETING_DUE: {
    sv: 'Första dialogmötet ska hållas senast {due} och är inte hållet ännu',
    en: 'First meeting due by {due}, not yet held',
  },
  STATUS_FOLLOW_UPS_HELD: {
    sv: '{held} av {required} uppföljande dialogmöten hållna',
    en: '{held} of {required} follow-up meetings held',
  },
  STATUS_FOLLOW_UPS_EXPECTED: {
    sv: '{expected} uppföljande dialogmöten borde ha hållits hittills',
    en: '{expected} follow-up meetings expected by now',
  },
  STATUS_MILESTONES_COMPLETED: { sv: '{completed} av {total} delmål klara', en: '{completed} of {total} milestones completed' },
  STATUS_MILESTONE_DONE: { sv: '”{title}” klart {completedOn}', en: '"{title}" completed {completedOn}' },
  STATUS_MILESTONE_DONE_LATE: {
    sv: '”{title}” klart {completedOn}, efter sitt slutdatum {due}',
    en: '"{title}" completed {completedOn}, after its due date {due}',
  },
  STATUS_MILESTONE_MISSED: { sv: '”{title}” skulle vara klart {due} och är det inte', en: '"{title}" was due {due} and is not completed' },
  STATUS_MILESTONE_DUE: { sv: '”{title}” ska vara klart {due}', en: '"{title}" due {due}' },
});

/** Why a placement counts toward no line (a placement's `notCounted`, and the why of STATUS_NOT_COUNTED). */
export const NOT_COUNTED_MESSAGES = defineParts({
  STATUS_EXCLUDED_VOIDED: { sv: 'makulerad', en: 'voided' },
  STATUS_EXCLUDED_WITHDRAWN: { sv: 'återkallad', en: 'withdrawn' },
  STATUS_EXCLUDED_QUESTIONED: {
    sv: 'ifrågasatt av paktkontoret, räknas igen när leverantören har svarat',
    en: 'questioned by the pact office, counts again once answered',
  },
  STATUS_EXCLUDED_NOT_FILLED: { sv: 'erbjuden men inte tillsatt', en: 'offered, not filled' },
  STATUS_EXCLUDED_TARGET_GROUP: {
    sv: 'målgruppen {targetGroup} är inte en av klausulens',
    en: "target group {targetGroup} is not one of the clause's",
  },
  STATUS_EXCLUDED_OFFERED_BEFORE: {
    sv: 'erbjuden {offered}, innan avtalet startade {contractStart}',
    en: 'offered {offered}, before the contract started {contractStart}',
  },
  STATUS_EXCLUDED_STARTED_AFTER: {
    sv: 'påbörjad {started}, efter att avtalet upphörde {contractEnd}',
    en: 'started {started}, after the contract ended {contractEnd}',
  },
  STATUS_MISSES_KIND: { sv: 'slaget {kind} är inte radens ({lineKind})', en: "kind {kind} is not the line's {lineKind}" },
  STATUS_MISSES_WORKING_TIME: {
    sv: 'arbetstiden {workingTime} % är under radens minimum {minWorkingTime} %',
    en: "working time {workingTime} % is below the line's minimum {minWorkingTime} %",
  },
  STATUS_MISSES_LENGTH: {
    sv: 'avtalad längd {agreedMonths} månader är under radens minimum {minLength} {minLengthUnit}',
    en: "agreed length {agreedMonths} months is below the line's minimum {minLength} {minLengthUnit}",
  },
  STATUS_MISSES_DEADLINE: {
    sv: 'påbörjad {started}, efter radens tidsgräns {deadline}',
    en: "started {started}, after the line's deadline {deadline}",
  },
  STATUS_MISSES_CLAUSE_KIND: { sv: 'slaget {kind} finns inte i klausulen', en: "kind {kind} is not one of the clause's" },
});

/** The optional parts of a line's reason (STATUS_LINE) and of the bonus, and the words in parameters. */
export const CLAUSE_STATUS_PARTS = defineParts({
  STATUS_LINE_COMMITTED: { sv: ' ({committedMonths} till planerade)', en: ' ({committedMonths} more committed)' },
  STATUS_LINE_HEADS: { sv: ', {started} av {requiredCount} platser påbörjade{later}', en: ', {started} of {requiredCount} placements started{later}' },
  STATUS_LINE_LATER: { sv: ' ({laterCount} till ska påbörjas)', en: ' ({laterCount} more to start)' },
  STATUS_LINE_REFILL: {
    sv: '; {refillCount} avslutades i förtid och ska tillsättas igen',
    en: '; {refillCount} ended early and must be filled again',
  },
  STATUS_LINE_FULFILLED: { sv: ' — uppfylld{beyond}', en: ' — fulfilled{beyond}' },
  STATUS_LINE_BEYOND: { sv: ' ({extra} heltidsmånader utöver kravet)', en: ' ({extra} full-time months beyond the requirement)' },
  STATUS_LINE_CONTRACT_ENDED: { sv: ' — ej uppfylld: avtalet upphörde {contractEnd}', en: ' — not fulfilled: the contract ended {contractEnd}' },
  STATUS_LINE_HEADS_MISSED: {
    sv: ' — ej uppfylld: platserna skulle påbörjas senast {deadline}, {secureHeads} av {requiredCount} gjorde det',
    en: ' — not fulfilled: placements had to start by {deadline}, {secureHeads} of {requiredCount} did',
  },
  STATUS_LINE_VOLUME_MISSED: {
    sv: ' — ej uppfylld: platserna skulle påbörjas senast {deadline}, och de påbörjade säkrar bara {secured} heltidsmånader',
    en: ' — not fulfilled: placements had to start by {deadline}, and those started secure only {secured} full-time months',
  },
  STATUS_LINE_SECURED: {
    sv: ' — enligt plan: platserna som påbörjades före tidsgränsen {deadline} säkrar kravet när de arbetas',
    en: ' — on track: the placements started by the deadline {deadline} secure the requirement as they are worked',
  },
  STATUS_LINE_PACE: {
    sv: '; {monthsLeft} månader kvar till {deadline}{volumePace}{headPace}{verdict}',
    en: '; {monthsLeft} months left to {deadline}{volumePace}{headPace}{verdict}',
  },
  STATUS_LINE_VOLUME_PACE: {
    sv: '; heltidsmånader säkrade {paceActual}/månad, behövs {paceNeeded}/månad',
    en: '; full-time months secured {paceActual}/month, needed {paceNeeded}/month',
  },
  STATUS_LINE_HEAD_PACE: {
    sv: '; platser säkrade {headsActual}/månad, behövs {headsNeeded}/månad',
    en: '; placements secured {headsActual}/month, needed {headsNeeded}/month',
  },
  STATUS_LINE_ON_TRACK: { sv: ' — enligt plan', en: ' — on track' },
  STATUS_LINE_BEHIND: { sv: ' — risk: {behind} ligger efter den takt som behövs', en: ' — at risk: {behind} behind the pace needed' },
  STATUS_BEHIND_VOLUME: { sv: 'heltidsmånaderna', en: 'the full-time months' },
  STATUS_BEHIND_HEADS: { sv: 'antalet platser', en: 'the head count' },
  STATUS_BEHIND_BOTH: { sv: 'heltidsmånaderna och antalet platser', en: 'the full-time months and the head count' },
  STATUS_BONUS_CAPPED: { sv: ', högst {maxSek} kr', en: ', capped at {maxSek} SEK' },
  STATUS_KIND_EMPLOYMENT: { sv: 'Anställning', en: 'Employment' },
  STATUS_KIND_INTERNSHIP: { sv: 'Praktik', en: 'Internship' },
  STATUS_KIND_APL: { sv: 'Arbetsplatsförlagt lärande (APL)', en: 'Work-based learning (APL)' },
  STATUS_KIND_EXTRA_JOB: { sv: 'Extrajobb', en: 'Extra job' },
  STATUS_KIND_SUMMER_JOB: { sv: 'Sommarjobb', en: 'Summer job' },
  STATUS_TARGET_GROUP_NEWCOMER: { sv: 'nyanlända', en: 'newcomers' },
  STATUS_TARGET_GROUP_LONG_TERM_UNEMPLOYED: { sv: 'långtidsarbetslösa', en: 'long-term unemployed' },
  STATUS_TARGET_GROUP_SHORT_EDUCATION: { sv: 'personer med kort utbildning', en: 'people with short education' },
  STATUS_TARGET_GROUP_DISABILITY: { sv: 'personer med funktionsnedsättning', en: 'people with disabilities' },
  STATUS_TARGET_GROUP_YOUTH: { sv: 'unga 16–29 år som varken arbetar eller studerar', en: 'young people 16–29 not in work or study' },
  STATUS_TARGET_GROUP_FOREIGN_BORN_WOMEN: { sv: 'utrikes födda kvinnor', en: 'foreign-born women' },
  STATUS_UNIT_MONTHS: { sv: 'månader', en: 'months' },
  STATUS_UNIT_WEEKS: { sv: 'veckor', en: 'weeks' },
});
