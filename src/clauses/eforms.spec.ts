import { ClauseType, PlacementKind, PlacementsParameters, TargetGroup } from './clause.types';
import { clauseSocialObjectives, procurementStrategicProcurement, SocialObjective as O } from './eforms';

const placements = (bonus?: PlacementsParameters['bonus']): PlacementsParameters => ({
  lines: [{ kind: PlacementKind.Employment, count: 1, fullTimeMonths: 6, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { contractMonth: 6 } }],
  earlyStartWithinMonths: 6,
  earlyEndingCreditPercent: 75,
  bonus,
});

describe('eForms BT-06 / BT-775', () => {
  it.each([
    [[TargetGroup.LongTermUnemployed], [O.EmploymentOpportunities]],
    [[TargetGroup.Newcomer], [O.EthnicEquality, O.EmploymentOpportunities]],
    [[TargetGroup.ForeignBornWomen, TargetGroup.Youth], [O.EthnicEquality, O.GenderEquality, O.EmploymentOpportunities]],
  ])('maps target groups %p to %p', (groups, codes) => {
    expect(clauseSocialObjectives(ClauseType.Dialogue, groups, { firstMeetingWithinWeeks: 4, followUpMeetings: 1, cityContact: { unit: 'Jobbtorg' } })).toEqual(codes);
  });

  it('adds gender equality for a bonus with gender-equality measures', () => {
    expect(clauseSocialObjectives(ClauseType.Placements, [TargetGroup.Disability], placements())).toEqual([O.EmploymentOpportunities]);
    expect(clauseSocialObjectives(ClauseType.Placements, [TargetGroup.Disability], placements({ sekPerExtraFullTimeMonth: 1, genderEqualityMeasures: 'x' }))).toEqual([
      O.GenderEquality,
      O.EmploymentOpportunities,
    ]);
  });

  it('tags a procurement soc-obj with the union of its clauses, or none without clauses', () => {
    expect(procurementStrategicProcurement([])).toEqual({ bt06: 'none', bt775: [] });
    expect(procurementStrategicProcurement([[O.EmploymentOpportunities], [O.GenderEquality, O.EmploymentOpportunities]])).toEqual({
      bt06: 'soc-obj',
      bt775: [O.GenderEquality, O.EmploymentOpportunities],
    });
  });
});
