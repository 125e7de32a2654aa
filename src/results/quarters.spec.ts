import { firstOfQuarter, lastOfQuarter, quarterCode, resolveQuarterRange } from './quarters';

describe('quarters of a trend', () => {
  const now = new Date('2026-05-20T10:00:00Z');

  it('finds the first and last day and the code of a quarter', () => {
    expect(['2025-01-01', '2025-03-31', '2025-04-01', '2025-08-15', '2025-12-31'].map(firstOfQuarter)).toEqual([
      '2025-01-01', '2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01',
    ]);
    expect(lastOfQuarter('2024-01-01')).toBe('2024-03-31');
    expect(lastOfQuarter('2025-10-01')).toBe('2025-12-31');
    expect(quarterCode('2025-07-01')).toBe('2025-Q3');
  });

  it('widens a range to whole quarters', () => {
    const range = resolveQuarterRange({ from: '2024-08-15', to: '2025-02-01', unit: 'Trafikkontoret' }, now);
    expect(range).toEqual({ from: '2024-07-01', toExclusive: '2025-04-01', unit: 'Trafikkontoret' });
  });

  it('defaults to the twelve quarters ending with the current year, or with the quarter of `to`', () => {
    expect(resolveQuarterRange({}, now)).toEqual({ from: '2024-01-01', toExclusive: '2027-01-01', unit: null });
    expect(resolveQuarterRange({ to: '2025-05-05' }, now)).toEqual({ from: '2022-07-01', toExclusive: '2025-07-01', unit: null });
  });

  it('refuses a range backwards or longer than forty quarters, naming the field', () => {
    const fieldOf = (query: { from?: string; to?: string }) => {
      try {
        resolveQuarterRange(query, now);
        return null;
      } catch (error) {
        return (error as { fields: { field: string }[] }).fields[0].field;
      }
    };
    expect(fieldOf({ from: '2025-05-02', to: '2025-05-01' })).toBe('to');
    expect(fieldOf({ from: '2015-12-31', to: '2025-12-31' })).toBe('from');
    expect(fieldOf({ from: '2016-01-01', to: '2025-12-31' })).toBeNull();
    expect(fieldOf({ from: '2025-05-01', to: '2025-05-01' })).toBeNull();
  });
});
