import { Role } from '../auth/role';
import { UserStatus } from '../users/entities/user-account.entity';
import { decideStaffSignIn, displayName, verifiedEmail } from './staff-sign-in';

describe('decideStaffSignIn', () => {
  const account = (role: Role, status = UserStatus.Active) => ({ role, status });

  it('gives a person without an account one when the groups map to a role', () => {
    expect(decideStaffSignIn(null, Role.PactOffice)).toEqual({ kind: 'create', role: Role.PactOffice });
  });

  it('refuses a person without an account whose groups map to no role', () => {
    expect(decideStaffSignIn(null, undefined)).toEqual({ kind: 'refuse', reason: 'no_role' });
  });

  it('lets the mapped role decide for an existing staff account, and the account decide without one', () => {
    expect(decideStaffSignIn(account(Role.Officer), Role.Admin)).toEqual({ kind: 'sign-in', role: Role.Admin });
    expect(decideStaffSignIn(account(Role.Admin), Role.Officer)).toEqual({ kind: 'sign-in', role: Role.Officer });
    expect(decideStaffSignIn(account(Role.PactOffice), undefined)).toEqual({ kind: 'sign-in', role: Role.PactOffice });
    expect(decideStaffSignIn(account(Role.Officer, UserStatus.Invited), undefined)).toEqual({ kind: 'sign-in', role: Role.Officer });
  });

  it('never signs in a supplier account this way, whatever the groups say', () => {
    expect(decideStaffSignIn(account(Role.Supplier), Role.Admin)).toEqual({ kind: 'refuse', reason: 'supplier_account' });
  });

  it('refuses a disabled account, whatever the groups say', () => {
    expect(decideStaffSignIn(account(Role.Officer, UserStatus.Disabled), Role.Admin)).toEqual({ kind: 'refuse', reason: 'account_disabled' });
  });
});

describe('verifiedEmail and displayName', () => {
  it('takes the address unless the provider says it is unverified', () => {
    expect(verifiedEmail({ email: ' Anna@Stockholm.se ', email_verified: true })).toBe('Anna@Stockholm.se');
    expect(verifiedEmail({ email: 'anna@stockholm.se' })).toBe('anna@stockholm.se');
    expect(verifiedEmail({ email: 'anna@stockholm.se', email_verified: false })).toBeUndefined();
    expect(verifiedEmail({ email: 'anna@stockholm.se', email_verified: 'false' })).toBeUndefined();
    expect(verifiedEmail({ email: 'not an address' })).toBeUndefined();
    expect(verifiedEmail({ email: ['a@b.se'] })).toBeUndefined();
    expect(verifiedEmail({})).toBeUndefined();
  });

  it('names the person by name, by given and family name, or by address', () => {
    expect(displayName({ name: 'Anna Andersson' }, 'a@b.se')).toBe('Anna Andersson');
    expect(displayName({ given_name: 'Anna', family_name: 'Andersson' }, 'a@b.se')).toBe('Anna Andersson');
    expect(displayName({ name: '  ' }, 'a@b.se')).toBe('a@b.se');
    expect(displayName({ name: 'x'.repeat(300) }, 'a@b.se')).toHaveLength(200);
  });
});
