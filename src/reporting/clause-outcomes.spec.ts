import { ClauseType, PlacementKind, TargetGroup } from '../clauses/clause.types';
import { clauseStatus } from './clause-status';
import { storedEarnings } from './clause-outcomes';
import { VerificationStatus } from './reporting.types';

describe('storedEarnings: what the tallies copy of each placement', () => {
  const placement = (id: string, targetGroup: TargetGroup) => ({
    id, kind: PlacementKind.Employment, filled: true, offeredDate: '2026-11-01', startDate: '2026-12-01', endDate: '2027-02-28',
    earlyEndDate: null, workingTimePercent: 50, targetGroup, verificationStatus: VerificationStatus.Accepted,
  });
  const result = clauseStatus({
    type: ClauseType.Placements,
    parameters: { lines: [{ kind: PlacementKind.Employment, fullTimeMonths: 6, minWorkingTimePercent: 50 }], earlyStartWithinMonths: 6, earlyEndingCreditPercent: 75 },
    targetGroups: [TargetGroup.Newcomer],
    contract: { startDate: '2026-10-01', endDate: '2027-09-30' },
    placements: [placement('a', TargetGroup.Newcomer), placement('b', TargetGroup.Youth)],
    today: '2027-06-30',
  });

  it('books a counted placement per calendar month worked, from its first month', () => {
    expect(storedEarnings(result)[0]).toEqual({ id: 'a', counts: true, delivered: 1.5, firstMonth: '2026-12-01', byMonth: '{0.5,0.5,0.5}' });
  });

  it('stores nothing earned for a placement that counts toward no line', () => {
    expect(storedEarnings(result)[1]).toEqual({ id: 'b', counts: false, delivered: 0, firstMonth: null, byMonth: null });
  });
});
