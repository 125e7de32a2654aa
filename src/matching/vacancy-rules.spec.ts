import { Role } from '../auth/role';
import { ClauseParameters, ClauseType, PlacementKind, TargetGroup } from '../clauses/clause.types';
import { VacancyStatus } from './matching.types';
import { ClauseTie, clauseTieErrors, employerErrors, referralRefusal, vacancyDateErrors, vacancyStatusFor } from './vacancy-rules';

const supplierId = 'supplier-1';
const tie = (overrides: Partial<ClauseTie> = {}): ClauseTie => ({
  supplierId, contractStart: '2026-01-01', contractEnd: '2027-12-31', clauseType: ClauseType.Placements,
  parameters: { lines: [{ kind: PlacementKind.Employment }, { kind: PlacementKind.Internship }] } as unknown as ClauseParameters,
  targetGroups: [TargetGroup.LongTermUnemployed, TargetGroup.Newcomer], ...overrides,
});
const vacancy = { kind: PlacementKind.Employment, targetGroups: [TargetGroup.Newcomer] };
const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('a vacancy tied to a clause', () => {
  it('may be tied to a placements clause of the supplier’s running contract with the clause’s kinds and groups', () => {
    expect(clauseTieErrors(vacancy, tie(), supplierId, '2026-05-01')).toEqual([]);
  });

  it('treats another supplier’s contract as none, and refuses one not running today', () => {
    expect(fields(clauseTieErrors(vacancy, undefined, supplierId, '2026-05-01'))).toEqual(['contractId']);
    expect(clauseTieErrors(vacancy, tie({ supplierId: 'other' }), supplierId, '2026-05-01')).toEqual(clauseTieErrors(vacancy, undefined, supplierId, '2026-05-01'));
    expect(clauseTieErrors(vacancy, tie(), supplierId, '2028-01-01')[0]).toMatchObject({ field: 'contractId', codes: [{ code: 'VACANCY_CONTRACT_NOT_RUNNING' }] });
    expect(fields(clauseTieErrors(vacancy, tie(), supplierId, '2025-12-31'))).toEqual(['contractId']);
  });

  it('refuses a clause that is not the contract’s placements clause', () => {
    expect(fields(clauseTieErrors(vacancy, tie({ clauseType: null, parameters: null, targetGroups: null }), supplierId, '2026-05-01'))).toEqual(['clauseId']);
    expect(fields(clauseTieErrors(vacancy, tie({ clauseType: ClauseType.Dialogue }), supplierId, '2026-05-01'))).toEqual(['clauseId']);
  });

  it('refuses a kind or a target group the clause does not count', () => {
    const apprentice = { kind: PlacementKind.ExtraJob, targetGroups: [TargetGroup.Newcomer, TargetGroup.Youth] };
    expect(fields(clauseTieErrors(apprentice, tie(), supplierId, '2026-05-01'))).toEqual(['kind', 'targetGroups']);
  });
});

describe('a vacancy’s dates and status', () => {
  it('closes referrals no later than the start and not in the past', () => {
    expect(vacancyDateErrors({ startDate: '2026-06-01', referralDeadline: '2026-05-20' }, '2026-05-01')).toEqual([]);
    expect(fields(vacancyDateErrors({ startDate: '2026-06-01', referralDeadline: '2026-04-30' }, '2026-05-01'))).toEqual(['referralDeadline']);
    expect(fields(vacancyDateErrors({ startDate: '2026-06-01', referralDeadline: '2026-06-02' }, '2026-05-01'))).toEqual(['referralDeadline']);
  });

  it('is FILLED when its hires reach its positions, OPEN again when positions are added, and stays CLOSED', () => {
    expect(vacancyStatusFor(VacancyStatus.Open, 2, 1)).toBe(VacancyStatus.Open);
    expect(vacancyStatusFor(VacancyStatus.Open, 2, 2)).toBe(VacancyStatus.Filled);
    expect(vacancyStatusFor(VacancyStatus.Filled, 3, 2)).toBe(VacancyStatus.Open);
    expect(vacancyStatusFor(VacancyStatus.Closed, 1, 1)).toBe(VacancyStatus.Closed);
  });

  it('takes referrals only while OPEN and until the deadline', () => {
    expect(referralRefusal({ status: VacancyStatus.Open, referralDeadline: '2026-05-10' }, '2026-05-10')).toBeNull();
    expect(referralRefusal({ status: VacancyStatus.Open, referralDeadline: '2026-05-10' }, '2026-05-11')).toMatchObject({ code: 'VACANCY_REFERRALS_CLOSED' });
    expect(referralRefusal({ status: VacancyStatus.Filled, referralDeadline: '2026-05-10' }, '2026-05-01')).toMatchObject({ code: 'VACANCY_NOT_OPEN' });
  });
});

describe('whose vacancy a request posts', () => {
  const id = '6f1d3c2a-0000-4000-8000-000000000001';
  it('lets a supplier post for itself, optionally tied to a clause named with its contract', () => {
    expect(employerErrors(Role.Supplier, {})).toEqual([]);
    expect(employerErrors(Role.Supplier, { contractId: id, clauseId: id })).toEqual([]);
    expect(fields(employerErrors(Role.Supplier, { contractId: id }))).toEqual(['clauseId']);
    expect(fields(employerErrors(Role.Supplier, { clauseId: id }))).toEqual(['contractId']);
    expect(fields(employerErrors(Role.Supplier, { pactMemberId: id }))).toEqual(['pactMemberId']);
  });

  it('has city staff name the pact member and tie nothing to a clause', () => {
    for (const role of [Role.Matcher, Role.PactOffice, Role.Admin]) {
      expect(employerErrors(role, { pactMemberId: id })).toEqual([]);
      expect(fields(employerErrors(role, {}))).toEqual(['pactMemberId']);
      expect(fields(employerErrors(role, { pactMemberId: id, contractId: id, clauseId: id }))).toEqual(['contractId']);
    }
  });
});
