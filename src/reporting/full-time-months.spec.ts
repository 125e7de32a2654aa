import { addMonths, calendarMonths, monthsBetween, monthShares, todayInStockholm } from '../common/calendar';
import { placementEarning, PlacementTerms } from './full-time-months';
import { EarlyEndReason } from './reporting.types';
import { renderCoded } from '../common/coded-text';

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

  it('splits days into calendar-month shares', () => {
    expect(calendarMonths('2026-04-01', '2026-09-30')).toBe(6);
    expect(calendarMonths('2026-02-15', '2026-08-14')).toBe(6);
    expect(monthShares('2026-01-01', '2026-01-07')).toEqual([{ month: '2026-01-01', share: 7 / 31 }]);
    // 25 January–24 February is one month: 7 of its 31 days in January, 24 in February.
    expect(monthShares('2026-01-25', '2026-02-24')).toEqual([{ month: '2026-01-01', share: 7 / 31 }, { month: '2026-02-01', share: 24 / 31 }]);
    expect(monthShares('2026-02-01', '2026-01-31')).toEqual([]);
    const shares = monthShares('2026-02-15', '2026-08-14');
    expect(shares.reduce((sum, m) => sum + m.share, 0)).toBeCloseTo(6, 12);
  });
});

describe('placementEarning: the national model, worked examples (100 %, 12 months agreed)', () => {
  const year = { startDate: '2026-01-01', endDate: '2026-12-31', workingTimePercent: 100 };
  const contractEnd = '2028-12-31';
  const after = '2027-06-30';
  const earned = (p: Partial<PlacementTerms>, today = after) => placementEarning({ ...year, ...p }, 75, contractEnd, today);

  it('an employment worked to its end counts its 12 months', () => {
    expect(earned({}).delivered).toBeCloseTo(12, 9);
  });

  it('resigned after 10 months: at least 75 % worked, so the whole agreed time counts (12)', () => {
    const e = earned({ earlyEndDate: '2026-10-31', earlyEndReason: EarlyEndReason.EmployeeResigned });
    expect(e.credited).toBe(true);
    expect(e.delivered).toBeCloseTo(12, 9);
    expect(e.byMonth.find((m) => m.month === '2026-10-01')?.fullTimeMonths).toBeCloseTo(3, 9);
    expect(renderCoded(e.explanation, 'en')).toContain('whole agreed time counts');
  });

  it('dismissed for just cause after 10 months: also 12', () => {
    expect(earned({ earlyEndDate: '2026-10-31', earlyEndReason: EarlyEndReason.JustCause }).delivered).toBeCloseTo(12, 9);
  });

  it('resigned after 7 days: only the time worked, 0.23, and the place has to be filled again', () => {
    const e = earned({ earlyEndDate: '2026-01-07', earlyEndReason: EarlyEndReason.EmployeeResigned });
    expect(e.credited).toBe(false);
    expect(Math.round(e.delivered * 100) / 100).toBe(0.23);
    expect(renderCoded(e.explanation, 'en')).toContain('filled again');
  });

  it('ended by the supplier after 10 months: only the 10 worked', () => {
    const e = earned({ earlyEndDate: '2026-10-31', earlyEndReason: EarlyEndReason.SupplierEnded });
    expect(e.delivered).toBeCloseTo(10, 9);
    expect(renderCoded(e.explanation, 'en')).toContain('only when the employee left');
  });

  it('counts part-time as its share and part months as a share of their days', () => {
    expect(earned({ workingTimePercent: 50 }).delivered).toBeCloseTo(6, 9);
    expect(earned({ startDate: '2026-01-16', endDate: '2026-02-28' }).delivered).toBeCloseTo(1 + 13 / 28, 9);
  });

  it('delivers only what has been worked by today; the rest is committed', () => {
    const e = earned({}, '2026-03-31');
    expect(e.delivered).toBeCloseTo(3, 9);
    expect(e.committed).toBeCloseTo(9, 9);
    expect(e.byMonth.map((m) => m.month)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });

  it('books full-time months in the months they are worked, across a year boundary', () => {
    const e = placementEarning({ startDate: '2026-12-01', endDate: '2028-11-30', workingTimePercent: 100 }, 75, contractEnd, '2029-01-01');
    const in2026 = e.byMonth.filter((m) => m.month < '2027-01-01').reduce((sum, m) => sum + m.fullTimeMonths, 0);
    expect(in2026).toBeCloseTo(1, 9);
    expect(e.delivered).toBeCloseTo(24, 9);
  });

  it('counts no time after the contract ended', () => {
    expect(placementEarning(year, 75, '2026-06-30', after).delivered).toBeCloseTo(6, 9);
  });
});

describe('todayInStockholm', () => {
  it('uses the Stockholm date, not the UTC date', () => {
    expect(todayInStockholm(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInStockholm(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});
