import { ValidationFailedException } from '../common/errors/validation-errors';
import { todayInStockholm } from '../common/calendar';
import { resolvePeriod, yearPeriod } from './period';

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
      expect((error as ValidationFailedException).fields).toEqual([{ field: 'to', messages: [expect.stringContaining('2025-05-05')] }]);
    }
  });

  it('uses the Stockholm date around midnight UTC', () => {
    expect(todayInStockholm(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(yearPeriod(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31', unit: null });
  });
});
