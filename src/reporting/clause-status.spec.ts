import { ClauseType, PlacementKind, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { clauseStatus, ClauseStatusInput, MeetingFact, ProgressFact } from './clause-status';
import { PlacementFact } from './placements-progress';
import { renderCoded } from '../common/coded-text';
import { ClauseStatus, EarlyEndReason, MeetingKind, ProgressStatus, VerificationStatus, WithdrawalKind } from './reporting.types';

const contract = { startDate: '2026-01-01', endDate: '2027-12-31' };

function placements(overrides: Partial<PlacementsParameters['lines'][number]> = {}, params: Partial<PlacementsParameters> = {}): PlacementsParameters {
  return {
    lines: [{
      kind: PlacementKind.Employment, count: 4, fullTimeMonths: 24, minLength: { value: 3, unit: 'MONTHS' },
      minWorkingTimePercent: 50, deadline: { contractMonth: 24 }, ...overrides,
    }],
    earlyStartWithinMonths: 6,
    earlyEndingCreditPercent: 75,
    ...params,
  };
}

function placement(startDate: string, endDate: string, extra: Partial<PlacementFact> = {}): PlacementFact {
  return {
    kind: PlacementKind.Employment, filled: true, offeredDate: startDate, startDate, endDate, earlyEndDate: null,
    workingTimePercent: 100, targetGroup: TargetGroup.Newcomer, verificationStatus: VerificationStatus.Pending, ...extra,
  };
}

/** Four six-month full-time employments: exactly 24 full-time months. */
const fourSixMonths = ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01'].map((start) =>
  placement(start, new Date(Date.UTC(+start.slice(0, 4), +start.slice(5, 7) + 5, 0)).toISOString().slice(0, 10)));

const dialogue = { firstMeetingWithinWeeks: 8, followUpMeetings: 3, cityContact: { unit: 'Arbetsmarknadsförvaltningen' } };
const meeting = (heldOn: string, extra: Partial<MeetingFact> = {}): MeetingFact => ({
  meetingKind: MeetingKind.FollowUp, heldOn, verificationStatus: VerificationStatus.Accepted, ...extra,
});
const initiative = {
  description: 'Språkcafé på arbetsplatsen',
  milestones: [{ title: 'Start', dueDate: '2026-03-31' }, { title: 'Utvärdering', dueDate: '2027-06-30' }],
};
const done = (milestoneTitle: string, completedOn: string): ProgressFact => ({
  milestoneTitle, progressStatus: ProgressStatus.Completed, completedOn, verificationStatus: VerificationStatus.Pending,
});

type Case = [string, Omit<ClauseStatusInput, 'contract'>, ClauseStatus, string];

const resigned = (earlyEndDate: string) => ({ earlyEndDate, earlyEndReason: EarlyEndReason.EmployeeResigned });

const cases: Case[] = [
  ['before the contract starts', { type: ClauseType.Placements, parameters: placements(), today: '2025-12-31' },
    ClauseStatus.NotStarted, 'starts 2026-01-01'],
  ['no reports, inside the early-start window', { type: ClauseType.Placements, parameters: placements(), today: '2026-03-01' },
    ClauseStatus.OnTrack, 'offered or started by 2026-06-30'],
  ['no reports, early-start window passed', { type: ClauseType.Placements, parameters: placements(), today: '2026-07-01' },
    ClauseStatus.AtRisk, 'within 6 months of contract start'],
  ['no reports, contract ended', { type: ClauseType.Placements, parameters: placements(), today: '2028-01-01' },
    ClauseStatus.NotFulfilled, '0 of 24 full-time months delivered, 0 of 4 placements started — not fulfilled: the contract ended 2027-12-31'],
  ['behind pace on the volume, named', {
    type: ClauseType.Placements, parameters: placements({ deadline: { date: '2027-05-20' } }), today: '2026-12-21',
    placements: [placement('2026-03-01', '2027-02-28'), placement('2026-06-01', '2026-09-30', { workingTimePercent: 50 })],
  }, ClauseStatus.AtRisk, 'the full-time months and the head count behind the pace needed'],
  ['committed time keeps a line on track but does not fulfil it', {
    type: ClauseType.Placements, parameters: placements({ count: 2 }), today: '2026-12-21',
    placements: [placement('2026-06-01', '2027-05-31'), placement('2026-06-01', '2027-05-31')],
  }, ClauseStatus.OnTrack, '13.4 of 24 full-time months delivered (10.6 more committed), 2 of 2 placements started'],
  ['head count behind while the volume pace is fine: the reason says so', {
    type: ClauseType.Placements, parameters: placements({ count: 10, fullTimeMonths: 30 }), today: '2026-12-31',
    placements: [placement('2026-02-01', '2027-07-31'), placement('2026-02-01', '2027-07-31')],
  }, ClauseStatus.AtRisk, 'the head count behind the pace needed'],
  ['met before the deadline', { type: ClauseType.Placements, parameters: placements(), today: '2026-12-21', placements: fourSixMonths },
    ClauseStatus.Fulfilled, '24 of 24 full-time months delivered, 4 of 4 placements started — fulfilled'],
  ['volume alone (the model\'s form): no head count, length or deadline', {
    type: ClauseType.Placements, parameters: placements({ count: undefined, minLength: undefined, deadline: undefined, fullTimeMonths: 12 }), today: '2026-12-21',
    placements: [placement('2026-02-01', '2026-07-31'), placement('2026-03-01', '2026-08-31')],
  }, ClauseStatus.Fulfilled, 'Employment: 12 of 12 full-time months delivered — fulfilled'],
  ['over-fulfilment with a capped bonus', {
    type: ClauseType.Placements, parameters: placements({}, { bonus: { sekPerExtraFullTimeMonth: 1000, maxSek: 5000 } }), today: '2026-12-21',
    placements: [...fourSixMonths, placement('2026-06-01', '2026-11-30')],
  }, ClauseStatus.Fulfilled, 'Bonus: 6 full-time months beyond the requirement × 1000 SEK = 5000 SEK, capped at 5000 SEK'],
  ['no bonus on a requirement not fulfilled', {
    type: ClauseType.Placements, parameters: placements({ count: 1, fullTimeMonths: 12 }, { bonus: { sekPerExtraFullTimeMonth: 1000 } }), today: '2028-01-15',
    placements: [placement('2026-02-01', '2027-01-31', resigned('2026-02-07'))],
  }, ClauseStatus.NotFulfilled, 'Bonus: none'],
  ['deadline today, not met', {
    type: ClauseType.Placements, parameters: placements({ deadline: { date: '2026-12-21' } }), today: '2026-12-21', placements: fourSixMonths.slice(0, 3),
  }, ClauseStatus.AtRisk, '18 of 24 full-time months'],
  ['deadline passed with too few placements started', {
    type: ClauseType.Placements, parameters: placements({ deadline: { date: '2026-12-20' } }), today: '2026-12-21', placements: fourSixMonths.slice(0, 3),
  }, ClauseStatus.NotFulfilled, 'placements had to start by 2026-12-20, 3 of 4 did'],
  ['resigned after 75 %: the whole agreed time counts', {
    type: ClauseType.Placements, parameters: placements({ count: 2 }), today: '2027-03-01',
    placements: [placement('2026-02-01', '2027-01-31', resigned('2026-11-30')), placement('2026-02-01', '2027-01-31')],
  }, ClauseStatus.Fulfilled, '24 of 24 full-time months delivered'],
  ['resigned after a week: its place has to be filled again, the head count says so', {
    type: ClauseType.Placements, parameters: placements({ count: 2, fullTimeMonths: 2 }), today: '2026-06-01',
    placements: [placement('2026-02-01', '2027-01-31', resigned('2026-02-07')), placement('2026-02-01', '2027-01-31')],
  }, ClauseStatus.OnTrack, '1 of 2 placements started; 1 ended early and must be filled again'],
  ['resigned after a month: only the month counts', {
    type: ClauseType.Placements, parameters: placements({ count: 3 }), today: '2028-01-15',
    placements: [placement('2026-02-01', '2027-01-31', resigned('2026-02-28')), placement('2026-02-01', '2027-01-31'), placement('2026-03-01', '2026-05-31')],
  }, ClauseStatus.NotFulfilled, '16 of 24 full-time months'],
  ['a target group outside the clause, a withdrawn and a questioned report do not count, each said why', {
    type: ClauseType.Placements, parameters: placements(), today: '2027-12-31',
    placements: [...fourSixMonths.slice(0, 2), { ...fourSixMonths[2], verificationStatus: VerificationStatus.Questioned },
      { ...fourSixMonths[3], targetGroup: TargetGroup.Youth }, { ...fourSixMonths[0], withdrawalKind: WithdrawalKind.Withdrawn }],
  }, ClauseStatus.AtRisk, 'Placements not counted: 1 (target group young people 16–29 not in work or study is not one of the clause\'s)'],
  ['below the minimum working time', {
    type: ClauseType.Placements, parameters: placements(), today: '2027-12-31', placements: [{ ...fourSixMonths[3], workingTimePercent: 40 }],
  }, ClauseStatus.AtRisk, 'working time 40 % is below the line\'s minimum 50 %'],
  ['offered before the contract started', {
    type: ClauseType.Placements, parameters: placements(), today: '2027-12-31', placements: [placement('2026-02-01', '2026-07-31', { offeredDate: '2025-06-01' })],
  }, ClauseStatus.AtRisk, 'offered 2025-06-01, before the contract started 2026-01-01'],
  ['contract ended and met', { type: ClauseType.Placements, parameters: placements(), today: '2028-02-01', placements: fourSixMonths },
    ClauseStatus.Fulfilled, 'fulfilled'],
  ['dialogue: first meeting on time and all follow-ups held', {
    type: ClauseType.Dialogue, parameters: dialogue, today: '2026-10-01',
    meetings: [meeting('2026-02-10', { meetingKind: MeetingKind.First }), meeting('2026-05-01'), meeting('2026-07-01'), meeting('2026-09-01')],
  }, ClauseStatus.Fulfilled, '3 of 3 follow-up meetings held'],
  ['dialogue: first meeting not held by its deadline', { type: ClauseType.Dialogue, parameters: dialogue, today: '2026-03-01', meetings: [] },
    ClauseStatus.AtRisk, 'First meeting due by 2026-02-26, not yet held'],
  ['dialogue: contract ended with follow-ups missing', {
    type: ClauseType.Dialogue, parameters: dialogue, today: '2028-01-01', meetings: [meeting('2026-02-10'), meeting('2026-06-01')],
  }, ClauseStatus.NotFulfilled, '1 of 3 follow-up meetings held'],
  ['initiative: a milestone overdue', { type: ClauseType.IntegrationInitiative, parameters: initiative, today: '2026-04-01', progress: [] },
    ClauseStatus.AtRisk, '"Start" was due 2026-03-31'],
  ['initiative: every milestone completed', {
    type: ClauseType.IntegrationInitiative, parameters: initiative, today: '2027-07-01',
    progress: [done('Start', '2026-03-15'), done('Utvärdering', '2027-06-01')],
  }, ClauseStatus.Fulfilled, '2 of 2 milestones completed'],
  ['initiative: contract ended with a milestone open', {
    type: ClauseType.IntegrationInitiative, parameters: initiative, today: '2028-01-01', progress: [done('Start', '2026-03-15')],
  }, ClauseStatus.NotFulfilled, '1 of 2 milestones completed'],
];

describe('clauseStatus', () => {
  it.each(cases)('%s', (_name, input, expected, reason) => {
    const result = clauseStatus({ targetGroups: [TargetGroup.Newcomer], ...input, contract });
    expect(result.status).toBe(expected);
    expect(result.reasons.map((r) => renderCoded(r, 'en')).join(' | ')).toContain(reason);
  });

  it('gives its reasons as codes with the numbers as parameters, read in Swedish or English', () => {
    const result = clauseStatus({
      type: ClauseType.Placements, parameters: placements({ count: 2 }), targetGroups: [TargetGroup.Newcomer], contract, today: '2026-12-21',
      placements: [placement('2026-06-01', '2027-05-31'), placement('2026-06-01', '2027-05-31'), placement('2026-06-01', '2027-05-31', { targetGroup: TargetGroup.Youth })],
    });
    expect(result.reasons.map((r) => r.code)).toEqual(['STATUS_LINE', 'STATUS_NOT_COUNTED']);
    expect(result.reasons[0].params).toMatchObject({ kind: 'STATUS_KIND_EMPLOYMENT', delivered: 13.4, required: 24, committedMonths: 10.6 });
    expect(renderCoded(result.reasons[0], 'sv')).toBe(
      'Anställning: 13,4 av 24 heltidsmånader levererade (10,6 till planerade), 2 av 2 platser påbörjade; 12,3 månader kvar till 2027-12-31 — enligt plan',
    );
    expect(renderCoded(result.reasons[1], 'sv')).toBe(
      'Placeringar som inte räknas: 1 (målgruppen unga 16–29 år som varken arbetar eller studerar är inte en av klausulens)',
    );
    expect(result.placements[2].notCounted).toEqual({ code: 'STATUS_EXCLUDED_TARGET_GROUP', params: { targetGroup: 'STATUS_TARGET_GROUP_YOUTH' } });
    expect(result.lines?.[0].reason).toEqual(result.reasons[0]);
  });

  it('reads a milestone and a dialogue meeting in Swedish', () => {
    const milestone = clauseStatus({ type: ClauseType.IntegrationInitiative, parameters: initiative, contract, today: '2026-04-01', progress: [] });
    expect(milestone.reasons.map((r) => renderCoded(r, 'sv'))).toEqual([
      '0 av 2 delmål klara', '”Start” skulle vara klart 2026-03-31 och är det inte', '”Utvärdering” ska vara klart 2027-06-30',
    ]);
    const meetings = clauseStatus({ type: ClauseType.Dialogue, parameters: dialogue, contract, today: '2026-03-01', meetings: [] });
    expect(renderCoded(meetings.reasons[0], 'sv')).toBe('Första dialogmötet ska hållas senast 2026-02-26 och är inte hållet ännu');
  });

  it('reports the numbers per placements line', () => {
    const result = clauseStatus({
      type: ClauseType.Placements, parameters: placements(), targetGroups: [TargetGroup.Newcomer], contract, today: '2026-12-21', placements: fourSixMonths.slice(0, 3),
    });
    expect(result.lines?.[0]).toMatchObject({ kind: PlacementKind.Employment, countedPlacements: 3, fullTimeMonths: 18, requiredFullTimeMonths: 24, deadline: '2027-12-31' });
  });
});
