import fc from 'fast-check';
import { PlacementKind, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { addDays } from '../common/calendar';
import { clauseStatus, ClauseStatusResult, placementsClauseStatus } from './clause-status';
import { judgePlacement, JudgedTerms } from './clause-outcomes';
import { PlacementFact } from './placements-progress';
import { addSummaries, emptySummary } from './placements-summary';
import { EarlyEndReason, VerificationStatus, WithdrawalKind } from './reporting.types';

const CONTRACT = { startDate: '2026-01-01', endDate: '2027-12-31' };

const day = (from: string, maxDays: number) => fc.integer({ min: 0, max: maxDays }).map((n) => addDays(from, n));

const placementArb: fc.Arbitrary<PlacementFact> = fc
  .record({
    kind: fc.constantFrom(PlacementKind.Employment, PlacementKind.Internship),
    filled: fc.boolean(),
    offered: day('2025-12-01', 800),
    startAfter: fc.integer({ min: 0, max: 90 }),
    length: fc.integer({ min: 10, max: 500 }),
    earlyEnd: fc.option(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom(...Object.values(EarlyEndReason)))),
    workingTimePercent: fc.constantFrom(25, 50, 75, 100),
    targetGroup: fc.constantFrom(TargetGroup.Newcomer, TargetGroup.Youth),
    verificationStatus: fc.constantFrom(...Object.values(VerificationStatus)),
    withdrawalKind: fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: fc.constantFrom(...Object.values(WithdrawalKind)), weight: 1 }),
  })
  .map((r) => {
    const startDate = r.filled ? addDays(r.offered, r.startAfter) : null;
    const endDate = startDate ? addDays(startDate, r.length) : null;
    const earlyEndDate = startDate && r.earlyEnd && r.earlyEnd[0] < r.length ? addDays(startDate, r.earlyEnd[0]) : null;
    return {
      kind: r.kind, filled: r.filled, offeredDate: r.offered, startDate, endDate, earlyEndDate, earlyEndReason: earlyEndDate ? r.earlyEnd![1] : null,
      workingTimePercent: r.workingTimePercent, targetGroup: r.targetGroup, verificationStatus: r.verificationStatus, withdrawalKind: r.withdrawalKind,
    };
  });

const paramsArb: fc.Arbitrary<PlacementsParameters> = fc.record({
  lines: fc.array(
    fc.record({
      kind: fc.constantFrom(PlacementKind.Employment, PlacementKind.Internship),
      fullTimeMonths: fc.integer({ min: 1, max: 40 }),
      count: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      minWorkingTimePercent: fc.constantFrom(25, 50),
      deadline: fc.option(fc.record({ contractMonth: fc.integer({ min: 3, max: 24 }) }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  earlyStartWithinMonths: fc.integer({ min: 1, max: 12 }),
  earlyEndingCreditPercent: fc.constantFrom(50, 75),
  bonus: fc.option(fc.record({ sekPerExtraFullTimeMonth: fc.constantFrom(1000, 2500), maxSek: fc.option(fc.constant(20000), { nil: undefined }) }), { nil: undefined }),
}) as fc.Arbitrary<PlacementsParameters>;

/** What the stored outcome holds, with sums compared to the precision they are shown and stored with. */
function stored(result: ClauseStatusResult) {
  const { placements: _placements, summary: _summary, ...rest } = result;
  return JSON.parse(JSON.stringify(rest, (_key, value) => (typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value)));
}

describe('a placements clause judged from its stored summary', () => {
  it('is what judging all its placements decides, whichever report came last', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(placementArb, { maxLength: 12 }), day('2025-12-01', 900), fc.infiniteStream(fc.nat()), (parameters, placements, today, order) => {
        const targetGroups = [TargetGroup.Newcomer];
        const terms: JudgedTerms = { parameters, targetGroups, contractStart: CONTRACT.startDate, contractEnd: CONTRACT.endDate };
        const whole = clauseStatus({ type: 'PLACEMENTS' as never, parameters, targetGroups, contract: CONTRACT, placements, today });
        // The clause judged with none, then each report added to what was stored, in another order than the full judgement reads them.
        const arrivals = placements.map((p) => ({ p, at: order.next().value as number })).sort((a, b) => a.at - b.at).map(({ p }) => p);
        let summary = clauseStatus({ type: 'PLACEMENTS' as never, parameters, targetGroups, contract: CONTRACT, placements: [], today }).summary!;
        let folded = placementsClauseStatus(parameters, summary, CONTRACT, today);
        for (const placement of arrivals) {
          summary = JSON.parse(JSON.stringify(addSummaries(summary, judgePlacement(terms, placement, today).contribution)));
          folded = placementsClauseStatus(parameters, summary, CONTRACT, today);
        }
        expect(stored(folded)).toEqual(stored(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('stores with a new placement the earning a full judgement gives it', () => {
    const parameters = { lines: [{ kind: PlacementKind.Employment, fullTimeMonths: 12, minWorkingTimePercent: 50 }], earlyStartWithinMonths: 6, earlyEndingCreditPercent: 75 } as PlacementsParameters;
    const terms: JudgedTerms = { parameters, targetGroups: [TargetGroup.Newcomer], contractStart: CONTRACT.startDate, contractEnd: CONTRACT.endDate };
    const placement: PlacementFact = {
      kind: PlacementKind.Employment, filled: true, offeredDate: '2026-02-01', startDate: '2026-02-01', endDate: '2026-07-31', earlyEndDate: null,
      workingTimePercent: 50, targetGroup: TargetGroup.Newcomer, verificationStatus: VerificationStatus.Pending,
    };
    const added = judgePlacement(terms, placement, '2026-04-30');
    expect(added.earning).toMatchObject({ counts: true, delivered: 1.5, firstMonth: '2026-02-01', byMonth: '{0.5,0.5,0.5}' });
    expect(added.contribution).toEqual({
      ...emptySummary(parameters), reports: 1, earlyStarts: 1, lines: [{ counted: 1, begun: 1, refill: 0, delivered: 1.5, committed: 1.5 }],
    });
  });
});
