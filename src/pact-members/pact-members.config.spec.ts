import { ConfigError } from '../config/app-config';
import { loadPactMembersConfig } from './pact-members.config';

describe('loadPactMembersConfig', () => {
  it('defaults to a 90-day expiry warning and check-ins every 12 months', () => {
    expect(loadPactMembersConfig({})).toEqual({ expiringWithinDays: 90, checkInOverdueMonths: 12 });
  });

  it('reads the variables, ignoring others and empty values', () => {
    expect(loadPactMembersConfig({ MEMBER_EXPIRING_WITHIN_DAYS: '30', CHECK_IN_OVERDUE_MONTHS: '6', PORT: 'x' })).toEqual({
      expiringWithinDays: 30,
      checkInOverdueMonths: 6,
    });
    expect(loadPactMembersConfig({ MEMBER_EXPIRING_WITHIN_DAYS: '' }).expiringWithinDays).toBe(90);
  });

  it.each([
    [{ MEMBER_EXPIRING_WITHIN_DAYS: 'ninety' }, /MEMBER_EXPIRING_WITHIN_DAYS .*"ninety"/],
    [{ MEMBER_EXPIRING_WITHIN_DAYS: '-1' }, /MEMBER_EXPIRING_WITHIN_DAYS/],
    [{ CHECK_IN_OVERDUE_MONTHS: '0' }, /CHECK_IN_OVERDUE_MONTHS must be a whole number between 1 and 60/],
    [{ CHECK_IN_OVERDUE_MONTHS: '1.5' }, /CHECK_IN_OVERDUE_MONTHS/],
  ])('refuses %p with one line naming the variable', (env, pattern) => {
    expect(() => loadPactMembersConfig(env)).toThrow(ConfigError);
    expect(() => loadPactMembersConfig(env)).toThrow(pattern);
  });
});
