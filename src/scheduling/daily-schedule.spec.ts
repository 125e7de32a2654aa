import { dailyRunDue, stockholmHour } from './daily-schedule';

describe('daily schedule', () => {
  it('reads the hour on the clock in Stockholm, summer and winter time', () => {
    expect(stockholmHour(new Date('2027-01-15T05:30:00Z'))).toBe(6);
    expect(stockholmHour(new Date('2027-07-15T04:30:00Z'))).toBe(6);
    expect(stockholmHour(new Date('2027-07-15T22:10:00Z'))).toBe(0);
  });

  it('runs from the configured hour until the day is DONE, a failed or unfinished day again', () => {
    expect(dailyRunDue(5, 6, undefined)).toBe(false);
    expect(dailyRunDue(6, 6, undefined)).toBe(true);
    expect(dailyRunDue(23, 6, 'FAILED')).toBe(true);
    expect(dailyRunDue(12, 6, 'RUNNING')).toBe(true);
    expect(dailyRunDue(12, 6, 'DONE')).toBe(false);
  });
});
