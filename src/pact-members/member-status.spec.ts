import { addDays, daysBetween, todayInStockholm } from '../common/calendar';
import { deriveMemberStatus } from './member-status';
import { MemberStatus } from './pact-member.types';

describe('deriveMemberStatus', () => {
  const today = '2026-03-15';
  const letter = (validFrom: string, validTo: string) => ({ validFrom, validTo });

  it('is NO_LETTER without a letter', () => {
    expect(deriveMemberStatus(null, today, 90)).toBe(MemberStatus.NoLetter);
  });

  it('is ACTIVE when the letter ends later than the warning window', () => {
    expect(deriveMemberStatus(letter('2025-01-01', '2027-12-31'), today, 90)).toBe(MemberStatus.Active);
  });

  it('is still valid on its last day: today = valid to is EXPIRING with a window, ACTIVE with the warning off', () => {
    expect(deriveMemberStatus(letter('2025-01-01', today), today, 90)).toBe(MemberStatus.Expiring);
    expect(deriveMemberStatus(letter('2025-01-01', today), today, 0)).toBe(MemberStatus.Active);
  });

  it('is EXPIRED when the letter ended yesterday', () => {
    expect(deriveMemberStatus(letter('2025-01-01', '2026-03-14'), today, 90)).toBe(MemberStatus.Expired);
  });

  it('is EXPIRING in exactly 90 days and ACTIVE in 91', () => {
    expect(deriveMemberStatus(letter('2025-01-01', addDays(today, 90)), today, 90)).toBe(MemberStatus.Expiring);
    expect(deriveMemberStatus(letter('2025-01-01', addDays(today, 91)), today, 90)).toBe(MemberStatus.Active);
  });

  it('follows a configured window', () => {
    const endsIn30 = letter('2025-01-01', addDays(today, 30));
    expect(deriveMemberStatus(endsIn30, today, 30)).toBe(MemberStatus.Expiring);
    expect(deriveMemberStatus(endsIn30, today, 29)).toBe(MemberStatus.Active);
  });

  it('is valid from its first day and UPCOMING before it', () => {
    expect(deriveMemberStatus(letter(today, '2028-01-01'), today, 90)).toBe(MemberStatus.Active);
    expect(deriveMemberStatus(letter('2026-03-16', '2028-01-01'), today, 90)).toBe(MemberStatus.Upcoming);
  });

  it('counts across a leap day and a year end', () => {
    expect(deriveMemberStatus(letter('2027-01-01', '2028-05-29'), '2028-02-29', 90)).toBe(MemberStatus.Expiring);
    expect(deriveMemberStatus(letter('2027-01-01', '2028-05-30'), '2028-02-29', 90)).toBe(MemberStatus.Active);
    expect(deriveMemberStatus(letter('2025-01-01', '2026-12-31'), '2027-01-01', 90)).toBe(MemberStatus.Expired);
  });
});

describe('calendar helpers', () => {
  it('adds and counts days across month, leap day and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });

  it('gives the Stockholm date, which is a day ahead of UTC late in the evening', () => {
    expect(todayInStockholm(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInStockholm(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInStockholm(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
