import { reportingSchedule } from './reporting-schedule';

describe('reportingSchedule', () => {
  it('splits a year into quarters due 30 days after each', () => {
    const periods = reportingSchedule('2026-01-01', '2026-12-31', 3, 30);
    expect(periods.map((p) => [p.periodStart, p.periodEnd, p.dueDate])).toEqual([
      ['2026-01-01', '2026-03-31', '2026-04-30'],
      ['2026-04-01', '2026-06-30', '2026-07-30'],
      ['2026-07-01', '2026-09-30', '2026-10-30'],
      ['2026-10-01', '2026-12-31', '2027-01-30'],
    ]);
  });

  it('cuts the last period at contract end', () => {
    const periods = reportingSchedule('2026-01-15', '2026-08-10', 6, 0);
    expect(periods).toEqual([
      { number: 1, periodStart: '2026-01-15', periodEnd: '2026-07-14', dueDate: '2026-07-14' },
      { number: 2, periodStart: '2026-07-15', periodEnd: '2026-08-10', dueDate: '2026-08-10' },
    ]);
  });
});
