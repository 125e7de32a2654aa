import { PlacementKind, TargetGroup } from '../clauses/clause.types';
import { attestedFactErrors, placementRuleErrors, ReportTerms } from './placement-rules';
import { AgeBand, EarlyEndReason, Gender } from './reporting.types';

const terms: ReportTerms = {
  kinds: [PlacementKind.Employment], targetGroups: [TargetGroup.Newcomer, TargetGroup.Youth], contractStart: '2026-01-01', contractEnd: '2027-12-31',
};
const valid = {
  kind: PlacementKind.Employment, offeredDate: '2026-02-01', filled: true, startDate: '2026-03-01', endDate: '2026-08-31',
  targetGroup: TargetGroup.Newcomer,
};
const fields = (p: Partial<typeof valid> & Record<string, unknown>) => placementRuleErrors({ ...valid, ...p }, terms).map((e) => e.field);

describe('placementRuleErrors: what can never count is refused when reported', () => {
  it('accepts a placement the clause can count', () => {
    expect(fields({})).toEqual([]);
  });

  it('refuses a target group outside the clause, naming the field and the clause groups', () => {
    const [error] = placementRuleErrors({ ...valid, targetGroup: TargetGroup.Disability }, terms);
    expect(error.field).toBe('targetGroup');
    expect(error.codes?.[0]).toMatchObject({ code: 'PLACEMENT_GROUP_NOT_IN_CLAUSE', params: { groups: 'NEWCOMER, YOUTH' } });
  });

  it('refuses an offer before the contract start or after its end, and a start after its end', () => {
    expect(fields({ offeredDate: '2025-12-31', startDate: '2026-01-15' })).toEqual(['offeredDate']);
    expect(fields({ offeredDate: '2028-01-01', startDate: '2028-01-02', endDate: '2028-06-30' })).toEqual(['offeredDate', 'startDate']);
    expect(fields({ offeredDate: '2027-12-01', startDate: '2028-01-02', endDate: '2028-06-30' })).toEqual(['startDate']);
  });

  it('asks why an employment ended early, and only then', () => {
    expect(fields({ earlyEndDate: '2026-05-31' })).toEqual(['earlyEndReason']);
    expect(fields({ earlyEndDate: '2026-05-31', earlyEndReason: EarlyEndReason.JustCause })).toEqual([]);
    expect(fields({ earlyEndReason: EarlyEndReason.Other })).toEqual(['earlyEndReason']);
  });

  it('names the row of a bulk upload', () => {
    expect(placementRuleErrors({ ...valid, targetGroup: TargetGroup.Disability }, terms, 'rows.3.')[0].field).toBe('rows.3.targetGroup');
  });
});

describe('attestedFactErrors: a correction never changes what the city attested', () => {
  const stored = { targetGroup: TargetGroup.Newcomer, gender: Gender.Woman, ageBand: AgeBand.From25To29, establishmentProgramme: true, targetGroupAttested: true };

  it('refuses each attested fact the correction would change, naming it', () => {
    const errors = attestedFactErrors(stored, { targetGroup: TargetGroup.Youth, gender: Gender.Woman, ageBand: AgeBand.From30To49, establishmentProgramme: false });
    expect(errors.map((e) => e.field)).toEqual(['targetGroup', 'ageBand', 'establishmentProgramme']);
    expect(errors[0].codes?.[0]).toMatchObject({ code: 'PLACEMENT_ATTESTED_BY_CITY' });
  });

  it('lets the employment itself be corrected, and a placement the supplier reported alone be corrected freely', () => {
    expect(attestedFactErrors(stored, {})).toEqual([]);
    expect(attestedFactErrors({ ...stored, targetGroupAttested: false }, { targetGroup: TargetGroup.Youth, gender: Gender.Man })).toEqual([]);
  });
});
