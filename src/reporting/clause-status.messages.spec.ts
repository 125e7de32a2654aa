import { catalogProblems } from '../common/i18n';
import { partsProblems, renderCoded } from '../common/coded-text';
import { ClauseType, PlacementKind, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { clauseStatus } from './clause-status';
import { CLAUSE_STATUS_MESSAGES, CLAUSE_STATUS_PARTS, NOT_COUNTED_MESSAGES } from './clause-status.messages';
import { placementEarning } from './full-time-months';
import { EARNING_MESSAGES, EARNING_PARTS } from './full-time-months.messages';
import { PlacementFact } from './placements-progress';
import { EarlyEndReason, MeetingKind, ProgressStatus, VerificationStatus, WithdrawalKind } from './reporting.types';

const contract = { startDate: '2026-01-01', endDate: '2027-12-31' };
const parameters = (count: number | undefined, bonus?: PlacementsParameters['bonus']): PlacementsParameters => ({
  lines: [{ kind: PlacementKind.Employment, count, fullTimeMonths: 12, minLength: { value: 3, unit: 'MONTHS' }, minWorkingTimePercent: 50, deadline: { date: '2027-06-30' } }],
  earlyStartWithinMonths: 6, earlyEndingCreditPercent: 75, ...(bonus ? { bonus } : {}),
});
const placement = (startDate: string, endDate: string, extra: Partial<PlacementFact> = {}): PlacementFact => ({
  kind: PlacementKind.Employment, filled: true, offeredDate: startDate, startDate, endDate, earlyEndDate: null,
  workingTimePercent: 100, targetGroup: TargetGroup.Newcomer, verificationStatus: VerificationStatus.Accepted, ...extra,
});
const odd = [
  placement('2026-02-01', '2026-04-30', { withdrawalKind: WithdrawalKind.Voided }), placement('2026-02-01', '2026-04-30', { withdrawalKind: WithdrawalKind.Withdrawn }),
  placement('2026-02-01', '2026-04-30', { verificationStatus: VerificationStatus.Questioned }), placement('2026-02-01', '2026-04-30', { filled: false }),
  placement('2026-02-01', '2026-04-30', { targetGroup: TargetGroup.Disability }), placement('2026-02-01', '2026-04-30', { offeredDate: '2025-12-01' }),
  placement('2028-02-01', '2028-04-30'), placement('2026-02-01', '2026-04-30', { kind: PlacementKind.Internship }),
  placement('2026-02-01', '2026-04-30', { workingTimePercent: 20 }), placement('2026-02-01', '2026-02-20'), placement('2027-07-01', '2027-12-31'),
];

/** Clauses that between them give every reason and every part. */
function everyReason() {
  const placements = (count: number | undefined, today: string, reports: PlacementFact[], bonus?: PlacementsParameters['bonus']) =>
    clauseStatus({ type: ClauseType.Placements, parameters: parameters(count, bonus), targetGroups: [TargetGroup.Newcomer], contract, today, placements: reports });
  const year = placement('2026-02-01', '2027-01-31');
  return [
    placements(2, '2025-12-01', []), placements(2, '2026-03-01', []), placements(2, '2026-08-01', odd),
    placements(2, '2026-08-01', [year, placement('2026-02-01', '2027-01-31', { earlyEndDate: '2026-02-10', earlyEndReason: undefined })]),
    placements(1, '2027-03-01', [year, placement('2026-03-01', '2026-12-31')], { sekPerExtraFullTimeMonth: 1000, maxSek: 2000 }),
    placements(1, '2027-03-01', [year], { sekPerExtraFullTimeMonth: 1000 }), placements(undefined, '2026-04-01', [placement('2026-02-01', '2026-03-31')]),
    placements(3, '2027-07-15', [year]), placements(undefined, '2027-07-15', [placement('2027-01-01', '2027-03-31')]),
    placements(undefined, '2027-07-15', [placement('2026-08-01', '2027-07-31')]), placements(3, '2026-12-01', [placement('2026-02-01', '2027-12-31')]), placements(3, '2026-07-01', [placement('2026-07-01', '2026-09-30')], { sekPerExtraFullTimeMonth: 1 }),
    placements(1, '2028-01-10', []), placements(3, '2026-12-01', [placement('2026-02-01', '2026-04-30'), placement('2026-11-01', '2027-01-31'), placement('2027-01-01', '2027-03-31')]),
    clauseStatus({ type: ClauseType.Dialogue, parameters: { firstMeetingWithinWeeks: 4, followUpMeetings: 4, cityContact: { unit: 'AMF' } }, contract, today: '2027-01-01',
      meetings: [{ meetingKind: MeetingKind.First, heldOn: '2026-03-01', verificationStatus: VerificationStatus.Accepted }] }),
    clauseStatus({ type: ClauseType.Dialogue, parameters: { firstMeetingWithinWeeks: 12, followUpMeetings: 0, cityContact: { unit: 'AMF' } }, contract, today: '2026-06-01',
      meetings: [{ meetingKind: MeetingKind.First, heldOn: '2026-02-01', verificationStatus: VerificationStatus.Accepted }] }),
    clauseStatus({ type: ClauseType.Dialogue, parameters: { firstMeetingWithinWeeks: 4, followUpMeetings: 1, cityContact: { unit: 'AMF' } }, contract, today: '2026-02-10', meetings: [] }),
    clauseStatus({
      type: ClauseType.IntegrationInitiative, contract, today: '2027-01-01',
      parameters: { description: 'Språkcafé', milestones: [{ title: 'A', dueDate: '2026-06-30' }, { title: 'B', dueDate: '2026-06-30' }, { title: 'C', dueDate: '2026-12-01' }, { title: 'D', dueDate: '2027-06-30' }] },
      progress: [
        { milestoneTitle: 'A', progressStatus: ProgressStatus.Completed, completedOn: '2026-06-01', verificationStatus: VerificationStatus.Accepted },
        { milestoneTitle: 'B', progressStatus: ProgressStatus.Completed, completedOn: '2026-08-01', verificationStatus: VerificationStatus.Accepted },
      ],
    }),
  ];
}

describe('clause status catalog', () => {
  const all = { ...CLAUSE_STATUS_MESSAGES, ...NOT_COUNTED_MESSAGES, ...CLAUSE_STATUS_PARTS };

  it('has every text in Swedish and English with the same placeholders', () => {
    expect(catalogProblems(all)).toEqual([]);
  });

  it('uses every parameter the rules pass, and leaves no placeholder without one', () => {
    const reasons = everyReason().flatMap((r) => [...r.reasons, ...(r.lines ?? []).map((l) => l.reason)]);
    expect(reasons.flatMap(partsProblems)).toEqual([]);
    const used = new Set(reasons.flatMap((r) => [r.code, ...Object.values(r.params ?? {}).map(String)]));
    // Words are covered by their enums; a kind mismatch is never shown, as a placement is judged by the line of its own kind.
    const words = /^STATUS_(KIND_|TARGET_GROUP_|UNIT_WEEKS$|MISSES_KIND$)/;
    expect(Object.keys(all).filter((code) => !used.has(code) && !words.test(code))).toEqual([]);
  });
});

describe('earning explanation catalog', () => {
  it('has every text in Swedish and English with the same placeholders, and every early-end reason as a word', () => {
    expect(catalogProblems({ ...EARNING_MESSAGES, ...EARNING_PARTS })).toEqual([]);
    for (const reason of Object.values(EarlyEndReason)) expect(Object.keys(EARNING_PARTS)).toContain(`EARNING_END_${reason}`);
  });

  it('uses every parameter an explanation passes', () => {
    const earned = (extra: Partial<Parameters<typeof placementEarning>[0]>) =>
      placementEarning({ startDate: '2026-01-01', endDate: '2026-12-31', workingTimePercent: 50, ...extra }, 75, '2027-12-31', '2026-12-31').explanation;
    const explanations = [
      earned({}), placementEarning({ startDate: '2026-01-01', endDate: '2026-12-31', workingTimePercent: 50 }, 75, '2027-12-31', '2026-06-30').explanation,
      earned({ earlyEndDate: '2026-11-30', earlyEndReason: EarlyEndReason.EmployeeResigned }),
      earned({ earlyEndDate: '2026-02-28', earlyEndReason: EarlyEndReason.JustCause }), earned({ earlyEndDate: '2026-11-30', earlyEndReason: EarlyEndReason.SupplierEnded }),
      earned({ earlyEndDate: '2026-11-30' }),
    ];
    expect(explanations.flatMap(partsProblems)).toEqual([]);
    expect(renderCoded(explanations[2], 'sv')).toBe(
      '12 månader avtalade på 50 %, avslutad 2026-11-30 (den anställda sade upp sig) efter 91 % av den avtalade tiden: ' +
        'den anställda sade upp sig eller avskedades på saklig grund efter minst 75 %, så hela den avtalade tiden räknas, 6 heltidsmånader',
    );
  });
});
