import { ContractPhase, contractPhase, contractPhaseSql } from './contract-phase';

describe('contractPhase', () => {
  const start = '2026-03-01';
  const end = '2028-02-29';

  it('is UPCOMING before the start, ACTIVE from the start through the end day, ENDED after it', () => {
    expect(contractPhase(start, end, '2026-02-28')).toBe(ContractPhase.Upcoming);
    expect(contractPhase(start, end, start)).toBe(ContractPhase.Active);
    expect(contractPhase(start, end, '2027-06-15')).toBe(ContractPhase.Active);
    expect(contractPhase(start, end, end)).toBe(ContractPhase.Active);
    expect(contractPhase(start, end, '2028-03-01')).toBe(ContractPhase.Ended);
  });

  it('has a SQL condition per phase on the given alias', () => {
    for (const phase of Object.values(ContractPhase)) {
      expect(contractPhaseSql(phase, 'ct')).toMatch(/ct\.(start|end)_date/);
      expect(contractPhaseSql(phase, 'ct')).toContain(':today');
    }
  });
});
