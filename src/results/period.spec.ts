import { ValidationFailedException } from '../common/errors/validation-errors';
import { addDays, todayInStockholm } from '../common/calendar';
import { cutMonth, resolvePeriod, splitPeriod, yearPeriod } from './period';

describe('results period', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('defaults to the current calendar year', () => {
    expect(resolvePeriod({}, now)).toEqual({ from: '2026-01-01', to: '2026-12-31', unit: null });
  });

  it('ends a period given only its start on 31 December of that year', () => {
    expect(resolvePeriod({ from: '2024-07-01', unit: 'Trafikkontoret' }, now)).toEqual({
      from: '2024-07-01',
      to: '2024-12-31',
      unit: 'Trafikkontoret',
    });
  });

  it('accepts a one-day period and refuses an end before the start, naming the field', () => {
    expect(resolvePeriod({ from: '2025-05-05', to: '2025-05-05' }, now).to).toBe('2025-05-05');
    try {
      resolvePeriod({ from: '2025-05-05', to: '2025-05-04' }, now);
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailedException);
      expect((error as ValidationFailedException).fields).toEqual([{ field: 'to', codes: [{ code: 'FIELD_NOT_BEFORE', params: { field: 'to', other: 'from', date: '2025-05-05' } }] }]);
    }
  });

  it('uses the Stockholm date around midnight UTC', () => {
    expect(todayInStockholm(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31', unit: null });
  });
});

describe('splitPeriod: whole months from the tallies, the days around them from the placements', () => {
  it('reads a calendar year wholly from the yearly tally rows', () => {
    expect(splitPeriod('2024-01-01', '2024-12-31')).toEqual({
      months: { from: '2024-01-01', toExclusive: '2025-01-01' },
      years: { from: '2024-01-01', toExclusive: '2025-01-01' },
      before: { from: '2024-01-01', to: '2023-12-31' },
      after: { from: '2025-01-01', to: '2024-12-31' },
    });
  });

  it('reads the days before the first and after the last whole month from the placements', () => {
    expect(splitPeriod('2024-01-15', '2024-03-20')).toEqual({
      months: { from: '2024-02-01', toExclusive: '2024-03-01' },
      years: { from: '2024-03-01', toExclusive: '2024-03-01' },
      before: { from: '2024-01-15', to: '2024-01-31' },
      after: { from: '2024-03-01', to: '2024-03-20' },
    });
  });

  it('reads whole years from the yearly rows and the whole months around them from the monthly rows', () => {
    expect(splitPeriod('2022-11-20', '2025-02-28')).toEqual({
      months: { from: '2022-12-01', toExclusive: '2025-03-01' },
      years: { from: '2023-01-01', toExclusive: '2025-01-01' },
      before: { from: '2022-11-20', to: '2022-11-30' },
      after: { from: '2025-03-01', to: '2025-02-28' },
    });
    expect(splitPeriod('2023-03-01', '2024-02-29').years).toEqual({ from: '2024-03-01', toExclusive: '2024-03-01' });
  });

  it('counts a month ending on its last day as whole, leap day included', () => {
    expect(splitPeriod('2024-02-01', '2024-02-29').months).toEqual({ from: '2024-02-01', toExclusive: '2024-03-01' });
    expect(splitPeriod('2023-02-01', '2023-02-28').months).toEqual({ from: '2023-02-01', toExclusive: '2023-03-01' });
    expect(splitPeriod('2024-02-01', '2024-02-28')).toEqual({
      months: { from: '2024-02-01', toExclusive: '2024-02-01' },
      years: { from: '2024-02-01', toExclusive: '2024-02-01' },
      before: { from: '2024-02-01', to: '2024-02-28' },
      after: { from: '2024-02-29', to: '2024-02-28' },
    });
  });

  it('reads a period inside one month, or across two without a whole one, from the placements only', () => {
    expect(splitPeriod('2024-05-10', '2024-05-10')).toEqual({
      months: { from: '2024-05-10', toExclusive: '2024-05-10' },
      years: { from: '2024-05-10', toExclusive: '2024-05-10' },
      before: { from: '2024-05-10', to: '2024-05-10' },
      after: { from: '2024-05-11', to: '2024-05-10' },
    });
    const across = splitPeriod('2024-05-10', '2024-06-20');
    expect(across.months.from).toBe(across.months.toExclusive);
    expect(across.years.from).toBe(across.years.toExclusive);
    // Each month cut at its own share of days: 22/31 of May, 20/30 of June.
    expect(across.before).toEqual({ from: '2024-05-10', to: '2024-05-31' });
    expect(across.after).toEqual({ from: '2024-06-01', to: '2024-06-20' });
    expect([cutMonth(across.before), cutMonth(across.after)]).toEqual([{ month: '2024-05-01', share: 22 / 31 }, { month: '2024-06-01', share: 20 / 30 }]);
  });

  it('covers every day of any period exactly once', () => {
    const days = (from: string, to: string) => {
      const out: string[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
      return out;
    };
    for (const [from, to] of [['2023-12-31', '2024-01-01'], ['2024-05-10', '2024-06-20'], ['2024-01-02', '2025-02-27'], ['2024-03-01', '2024-03-31'], ['2019-07-31', '2026-08-01']]) {
      const split = splitPeriod(from, to);
      const range = (r: { from: string; toExclusive: string }) => days(r.from, addDays(r.toExclusive, -1));
      const yearDays = new Set(range(split.years));
      const monthDays = new Set(range(split.months));
      if (yearDays.size > 0) expect([split.years.from.slice(5), split.years.toExclusive.slice(5)]).toEqual(['01-01', '01-01']);
      expect([...yearDays].every((d) => monthDays.has(d))).toBe(true);
      const covered = [...days(split.before.from, split.before.to), ...monthDays, ...days(split.after.from, split.after.to)].sort();
      expect(covered).toEqual(days(from, to));
    }
  });
});

describe('cutMonth: the share of a month the period covers', () => {
  it('is the days inside the period over the month’s days, 0 for an empty range', () => {
    expect(cutMonth({ from: '2025-03-17', to: '2025-03-31' })).toEqual({ month: '2025-03-01', share: 15 / 31 });
    expect(cutMonth({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ month: '2024-02-01', share: 1 });
    expect(cutMonth({ from: '2025-04-01', to: '2025-03-31' }).share).toBe(0);
  });
});
