import fc from 'fast-check';
import { fullTimeMonths, lengthInMonths, minimumFullTimeMonths, totalFullTimeMonths, WEEKS_PER_MONTH } from './full-time-months';
import { PlacementKind } from './clause.types';

describe('full-time months', () => {
  it.each([
    [{ value: 6, unit: 'MONTHS' as const }, 100, 6],
    [{ value: 6, unit: 'MONTHS' as const }, 50, 3],
    [{ value: 12, unit: 'MONTHS' as const }, 75, 9],
    [{ value: 52, unit: 'WEEKS' as const }, 100, 12],
    [{ value: 13, unit: 'WEEKS' as const }, 100, 3],
    [{ value: 26, unit: 'WEEKS' as const }, 50, 3],
    [{ value: 10, unit: 'WEEKS' as const }, 100, 2.31],
    [{ value: 6, unit: 'MONTHS' as const }, 0, 0],
  ])('%p at %p %% is %p full-time months', (length, percent, expected) => {
    expect(fullTimeMonths(length, percent)).toBe(expected);
  });

  it('converts weeks with 52/12 weeks per month', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.3333, 4);
    expect(lengthInMonths({ value: 4, unit: 'WEEKS' })).toBeCloseTo(0.923, 3);
  });

  it('multiplies a line minimum by its head count', () => {
    const line = { kind: PlacementKind.Employment, count: 3, minLength: { value: 6, unit: 'MONTHS' as const }, minWorkingTimePercent: 75 };
    expect(minimumFullTimeMonths(line)).toBe(13.5);
  });

  it('implies no minimum volume without a head count or a minimum length', () => {
    const length = { value: 6, unit: 'MONTHS' as const };
    expect(minimumFullTimeMonths({ count: 3, minWorkingTimePercent: 75 })).toBeUndefined();
    expect(minimumFullTimeMonths({ minLength: length, minWorkingTimePercent: 75 })).toBeUndefined();
  });

  it('sums the volume of several lines without floating-point noise', () => {
    expect(totalFullTimeMonths([{ fullTimeMonths: 0.1 }, { fullTimeMonths: 0.2 }, { fullTimeMonths: 12 }])).toBe(12.3);
    expect(totalFullTimeMonths([])).toBe(0);
  });

  it('never exceeds the length itself and grows with working time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (months, a, b) => {
        const length = { value: months, unit: 'MONTHS' as const };
        expect(fullTimeMonths(length, a)).toBeLessThanOrEqual(months);
        expect(fullTimeMonths(length, Math.min(a, b))).toBeLessThanOrEqual(fullTimeMonths(length, Math.max(a, b)));
      }),
    );
  });
});
