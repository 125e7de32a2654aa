import { ClauseType, PlacementKind, PlacementsParameters } from './clause.types';
import { addMonths, todayInStockholm } from '../common/calendar';
import { checkClauseParameters, plannedContractPeriod, withDefaults } from './clause-rules';

const period = plannedContractPeriod('2026-11-29', 24);

const placements = (over: Partial<PlacementsParameters> = {}): PlacementsParameters => ({
  lines: [{ kind: PlacementKind.Employment, count: 2, fullTimeMonths: 12, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { date: '2028-11-29' } }],
  earlyStartWithinMonths: 6,
  earlyEndingCreditPercent: 75,
  ...over,
});

describe('clause rules', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-29', 24, '2028-11-29'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('adds months: %s + %i = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('plans the contract from its start for its duration', () => {
    expect(period).toEqual({ start: '2026-11-29', end: '2028-11-29', durationMonths: 24 });
  });

  it('takes the calendar date in Stockholm, not UTC', () => {
    expect(todayInStockholm(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
  });

  it('accepts a deadline on the last day of the contract and refuses the day after', () => {
    expect(checkClauseParameters(ClauseType.Placements, placements(), period)).toEqual([]);
    const late = placements({ lines: [{ ...placements().lines[0], deadline: { date: '2028-11-30' } }] });
    expect(checkClauseParameters(ClauseType.Placements, late, period)).toEqual([
      {
        field: 'parameters.lines.0.deadline.date',
        codes: [{ code: 'CLAUSE_DATE_AFTER_END', params: { field: 'parameters.lines.0.deadline.date', date: '2028-11-30', end: '2028-11-29', start: '2026-11-29', months: 24 } }],
      },
    ]);
  });

  it('fills the documented defaults and the implied full-time months', () => {
    const raw = { lines: [{ kind: PlacementKind.Internship, count: 3, minLength: { value: 13, unit: 'WEEKS' }, minWorkingTimePercent: 50, deadline: { contractMonth: 6 } }] };
    expect(withDefaults(ClauseType.Placements, raw as unknown as PlacementsParameters)).toMatchObject({
      earlyStartWithinMonths: 6,
      earlyEndingCreditPercent: 75,
      lines: [{ fullTimeMonths: 4.5 }],
    });
  });

  it('takes the volume alone, with no head count, minimum length or deadline', () => {
    const volumeOnly = { kind: PlacementKind.Employment, fullTimeMonths: 24, minWorkingTimePercent: 75 };
    const params = withDefaults(ClauseType.Placements, placements({ lines: [volumeOnly] })) as PlacementsParameters;
    expect(params.lines).toEqual([volumeOnly]);
    expect(checkClauseParameters(ClauseType.Placements, params, period)).toEqual([]);
  });

  it('names the volume of a line that has neither it nor both a head count and a minimum length', () => {
    const raw = { lines: [{ kind: PlacementKind.Employment, count: 3, minWorkingTimePercent: 75 }] };
    const params = withDefaults(ClauseType.Placements, raw as unknown as PlacementsParameters);
    expect(checkClauseParameters(ClauseType.Placements, params, period)).toEqual([
      { field: 'parameters.lines.0.fullTimeMonths', codes: [{ code: 'CLAUSE_VOLUME_REQUIRED', params: { field: 'parameters.lines.0.fullTimeMonths' } }] },
    ]);
  });

  it('refuses a volume below what the head count and minimum length imply, and a deadline with neither date nor month', () => {
    const line = { ...placements().lines[0], fullTimeMonths: 11.99, deadline: {} };
    const errors = checkClauseParameters(ClauseType.Placements, placements({ lines: [line] }), period);
    expect(errors.map((e) => e.field)).toEqual(['parameters.lines.0.deadline', 'parameters.lines.0.fullTimeMonths']);
  });

  it('keeps a clause’s own early-start and early-ending values', () => {
    const own = withDefaults(ClauseType.Placements, placements({ earlyStartWithinMonths: 3, earlyEndingCreditPercent: 50 })) as PlacementsParameters;
    expect([own.earlyStartWithinMonths, own.earlyEndingCreditPercent]).toEqual([3, 50]);
  });

  it('names every offending field of an initiative', () => {
    const errors = checkClauseParameters(
      ClauseType.IntegrationInitiative,
      { description: 'x', milestones: [{ title: 'a', dueDate: '2026-11-28' }, { title: 'b', dueDate: '2027-01-01' }, { title: 'c', dueDate: '2029-01-01' }] },
      period,
    );
    expect(errors.map((e) => e.field)).toEqual(['parameters.milestones.0.dueDate', 'parameters.milestones.2.dueDate']);
  });
});
