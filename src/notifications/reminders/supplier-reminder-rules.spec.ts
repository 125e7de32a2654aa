import { daysLeft, isDueSoon, overdueOccasion } from './supplier-reminder-rules';

describe('supplier reminder rules', () => {
  it('counts the days left to a date, negative once it has passed, across month and leap-day ends', () => {
    expect(daysLeft('2027-04-07', '2027-03-31')).toBe(7);
    expect(daysLeft('2027-03-31', '2027-03-31')).toBe(0);
    expect(daysLeft('2027-03-30', '2027-03-31')).toBe(-1);
    expect(daysLeft('2028-03-01', '2028-02-28')).toBe(2);
  });

  it('is due soon from N days before the date through the date itself, not before and not after', () => {
    expect(isDueSoon('2027-04-07', '2027-03-30', 7)).toBe(false);
    expect(isDueSoon('2027-04-07', '2027-03-31', 7)).toBe(true);
    expect(isDueSoon('2027-04-07', '2027-04-07', 7)).toBe(true);
    expect(isDueSoon('2027-04-07', '2027-04-08', 7)).toBe(false);
    expect(isDueSoon('2027-04-07', '2027-04-07', 0)).toBe(true);
  });

  it('sends the first overdue reminder the day after the due date, then every M days', () => {
    const due = '2027-03-31';
    expect(overdueOccasion(due, '2027-03-30', 7)).toBeNull();
    expect(overdueOccasion(due, '2027-03-31', 7)).toBeNull();
    expect(overdueOccasion(due, '2027-04-01', 7)).toBe(0);
    expect(overdueOccasion(due, '2027-04-07', 7)).toBe(0);
    expect(overdueOccasion(due, '2027-04-08', 7)).toBe(1);
    expect(overdueOccasion(due, '2027-04-15', 7)).toBe(2);
  });

  it('sends only the current overdue reminder after missed days, and repeats daily with M = 1', () => {
    expect(overdueOccasion('2027-03-31', '2027-04-20', 7)).toBe(2);
    expect(overdueOccasion('2027-03-31', '2027-04-01', 1)).toBe(0);
    expect(overdueOccasion('2027-03-31', '2027-04-02', 1)).toBe(1);
  });
});
