import { addMonths, monthsBetween, todayInStockholm } from '../common/calendar';
import { agreedMonths, fullTimeMonths } from './full-time-months';

describe('calendar', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('counts whole and partial months', () => {
    expect(monthsBetween('2026-01-01', '2026-07-01')).toBe(6);
    expect(monthsBetween('2026-01-15', '2026-03-01')).toBeCloseTo(1 + 14 / 28, 5);
    expect(monthsBetween('2026-03-01', '2026-01-01')).toBe(0);
  });
});

describe('fullTimeMonths', () => {
  const sixMonths = { startDate: '2026-01-01', endDate: '2026-06-30', workingTimePercent: 100 };

  it('is the agreed months for a full-time placement', () => {
    expect(agreedMonths(sixMonths)).toBe(6);
    expect(fullTimeMonths(sixMonths, 75)).toBe(6);
  });

  it('scales by the working-time share', () => {
    expect(fullTimeMonths({ ...sixMonths, workingTimePercent: 50 }, 75)).toBe(3);
  });

  it('credits an early ending with the credit share of the agreed time', () => {
    expect(fullTimeMonths({ ...sixMonths, earlyEndDate: '2026-01-31' }, 75)).toBe(4.5);
  });

  it('credits what was actually worked when that is more than the credit share', () => {
    expect(fullTimeMonths({ ...sixMonths, earlyEndDate: '2026-05-31' }, 75)).toBe(5);
  });
});

describe('todayInStockholm', () => {
  it('uses the Stockholm date, not the UTC date', () => {
    expect(todayInStockholm(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInStockholm(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});
