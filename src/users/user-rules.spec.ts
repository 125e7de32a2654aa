import { AuthUser, Role } from '../auth/role';
import { UserStatus } from './entities/user-account.entity';
import { inScope, mayChange, mayInvite, statusAfter, userScope } from './user-rules';

const SUPPLIER_A = '00000000-0000-4000-8000-00000000000a';
const SUPPLIER_B = '00000000-0000-4000-8000-00000000000b';
const actor = (role: Role, extra: Partial<AuthUser> = {}): AuthUser => ({ sub: `user:${role}`, userId: `${role}-id`, role, via: 'session', ...extra });
const admin = actor(Role.Admin);
const officer = actor(Role.Officer);
const pactOffice = actor(Role.PactOffice);
const supplierAdminA = actor(Role.Supplier, { supplierId: SUPPLIER_A, supplierAdmin: true });
const supplierUserA = actor(Role.Supplier, { supplierId: SUPPLIER_A, supplierAdmin: false });
const supplierUser = (supplierId: string, supplierAdmin = false) => ({ role: Role.Supplier, supplierId, supplierAdmin });
const staff = (role: Role) => ({ role, supplierId: null, supplierAdmin: false });

describe('who manages whom', () => {
  it('admins reach everyone; officers and the pact office reach supplier users; a supplier admin its own supplier’s users', () => {
    expect(inScope(userScope(admin), staff(Role.Admin))).toBe(true);
    for (const staffer of [officer, pactOffice]) {
      expect(inScope(userScope(staffer), supplierUser(SUPPLIER_B))).toBe(true);
      expect(inScope(userScope(staffer), staff(Role.Officer))).toBe(false);
    }
    expect(inScope(userScope(supplierAdminA), supplierUser(SUPPLIER_A))).toBe(true);
    expect(inScope(userScope(supplierAdminA), supplierUser(SUPPLIER_B))).toBe(false);
    expect(inScope(userScope(supplierAdminA), staff(Role.Officer))).toBe(false);
    expect(userScope(supplierUserA)).toEqual({ kind: 'none' });
  });

  it('lets officers invite supplier users only', () => {
    expect(mayInvite(officer, supplierUser(SUPPLIER_B, true))).toEqual({ outcome: 'allow' });
    expect(mayInvite(officer, staff(Role.Admin))).toMatchObject({ outcome: 'forbidden' });
    expect(mayInvite(pactOffice, staff(Role.PactOffice))).toMatchObject({ outcome: 'forbidden' });
  });

  it('lets a supplier admin invite colleagues of its own supplier only; another supplier is no supplier to it', () => {
    expect(mayInvite(supplierAdminA, supplierUser(SUPPLIER_A))).toEqual({ outcome: 'allow' });
    expect(mayInvite(supplierAdminA, supplierUser(SUPPLIER_B))).toEqual({ outcome: 'hidden' });
    expect(mayInvite(supplierAdminA, staff(Role.Officer))).toMatchObject({ outcome: 'forbidden' });
    expect(mayInvite(supplierUserA, supplierUser(SUPPLIER_A))).toMatchObject({ outcome: 'forbidden' });
  });

  it('refuses accounts of an impossible shape, naming the field', () => {
    expect(mayInvite(admin, { role: Role.Supplier, supplierId: null, supplierAdmin: false })).toMatchObject({ outcome: 'invalid', field: 'supplierId' });
    expect(mayInvite(admin, { role: Role.Officer, supplierId: SUPPLIER_A, supplierAdmin: false })).toMatchObject({ outcome: 'invalid', field: 'supplierId' });
    expect(mayInvite(admin, { role: Role.Officer, supplierId: null, supplierAdmin: true })).toMatchObject({ outcome: 'invalid', field: 'supplierAdmin' });
  });

  it('lets only admins change a role or supplier, and no one disable themselves', () => {
    const target = { id: 'u1', ...supplierUser(SUPPLIER_A) };
    expect(mayChange(supplierAdminA, target, { status: UserStatus.Disabled })).toEqual({ outcome: 'allow' });
    expect(mayChange(supplierAdminA, { id: 'u2', ...supplierUser(SUPPLIER_B) }, { status: UserStatus.Disabled })).toEqual({ outcome: 'hidden' });
    expect(mayChange(officer, target, { role: Role.Officer })).toMatchObject({ outcome: 'forbidden' });
    expect(mayChange(admin, target, { role: Role.Officer, supplierId: null })).toEqual({ outcome: 'allow' });
    expect(mayChange(admin, target, { role: Role.Officer })).toMatchObject({ outcome: 'invalid', field: 'supplierId' });
    expect(mayChange(admin, { id: admin.userId as string, ...staff(Role.Admin) }, { status: UserStatus.Disabled })).toMatchObject({ outcome: 'invalid', field: 'status' });
  });

  it('returns an enabled account to ACTIVE only if it has signed in before', () => {
    expect(statusAfter(UserStatus.Active, new Date())).toBe(UserStatus.Active);
    expect(statusAfter(UserStatus.Active, null)).toBe(UserStatus.Invited);
    expect(statusAfter(UserStatus.Disabled, new Date())).toBe(UserStatus.Disabled);
  });
});
