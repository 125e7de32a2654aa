import { randomUUID } from 'crypto';
import { AuthUser, Role } from '../auth/role';
import { Action, decide, decideOnVacancy, inScope, listScope, roleMayUse, rolesFor, userScope, VacancyAction } from './access-policy';

const own = randomUUID();
const other = randomUUID();
const supplier: AuthUser = { sub: 'supplier-user', role: Role.Supplier, supplierId: own, via: 'session' };
const staff = (role: Role): AuthUser => ({ sub: `${role}-user`, role, via: 'session' });

describe('access policy', () => {
  it('lets a supplier read and report on its own records and hides every other supplier’s', () => {
    for (const action of [Action.Read, Action.Report, Action.Withdraw]) {
      expect(decide(supplier, action, { supplierId: own })).toBe('allow');
      expect(decide(supplier, action, { supplierId: other })).toBe('hidden');
    }
  });

  it('forbids a supplier the buyer’s and the pact office’s actions even on its own records, before looking at the record', () => {
    for (const action of [Action.Verify, Action.HandleBreach, Action.ReadAudit, Action.ManageSupplier]) {
      expect(decide(supplier, action, { supplierId: own })).toBe('forbidden');
      expect(decide(supplier, action, null)).toBe('forbidden');
    }
  });

  it('lets staff read every supplier’s records and take only their own role’s actions', () => {
    expect(decide(staff(Role.Officer), Action.Read, { supplierId: other })).toBe('allow');
    expect(decide(staff(Role.Officer), Action.HandleBreach, { supplierId: other })).toBe('allow');
    expect(decide(staff(Role.Officer), Action.Verify, { supplierId: other })).toBe('forbidden');
    expect(decide(staff(Role.Officer), Action.Report, { supplierId: other })).toBe('forbidden');
    expect(decide(staff(Role.PactOffice), Action.Verify, { supplierId: other })).toBe('allow');
    expect(decide(staff(Role.PactOffice), Action.Withdraw, { supplierId: other })).toBe('allow');
    expect(decide(staff(Role.PactOffice), Action.ManageSupplier, { supplierId: other })).toBe('forbidden');
  });

  it('lets an admin take every action on any record', () => {
    for (const action of Object.values(Action)) expect(decide(staff(Role.Admin), action, { supplierId: other })).toBe('allow');
  });

  it('hides a record that does not exist from everyone allowed the action', () => {
    expect(decide(staff(Role.Admin), Action.Read, null)).toBe('hidden');
    expect(decide(supplier, Action.Read, undefined)).toBe('hidden');
  });

  it('hides every record from a supplier user bound to no supplier, and gives it no list', () => {
    const unbound: AuthUser = { sub: 'unbound', role: Role.Supplier, via: 'api-key' };
    expect(decide(unbound, Action.Read, { supplierId: own })).toBe('hidden');
    expect(listScope(unbound)).toBe('forbidden');
  });

  it('scopes a supplier’s lists to its own supplier and staff lists to none', () => {
    expect(listScope(supplier)).toEqual({ supplierId: own });
    expect(listScope(staff(Role.PactOffice))).toEqual({ supplierId: null });
    expect(listScope(staff(Role.Admin))).toEqual({ supplierId: null });
  });

  it('opens every route to admin and a route to the roles it names', () => {
    expect(roleMayUse(Role.Admin, [])).toBe(true);
    expect(roleMayUse(Role.Officer, [Role.Officer])).toBe(true);
    expect(roleMayUse(Role.Supplier, [Role.Officer, Role.PactOffice])).toBe(false);
    expect(rolesFor(Action.Verify)).toEqual([Role.PactOffice]);
  });

  it('lets staff reach suppliers’ user accounts, a supplier’s administrator its own colleagues, and other suppliers’ users nobody of theirs', () => {
    const supplierUser = (supplierId: string) => ({ role: Role.Supplier, supplierId });
    expect(inScope(userScope(staff(Role.Admin)), { role: Role.Officer, supplierId: null })).toBe(true);
    expect(inScope(userScope(staff(Role.Officer)), supplierUser(other))).toBe(true);
    expect(inScope(userScope(staff(Role.PactOffice)), { role: Role.Admin, supplierId: null })).toBe(false);
    const supplierAdmin: AuthUser = { ...supplier, supplierAdmin: true };
    expect(inScope(userScope(supplierAdmin), supplierUser(own))).toBe(true);
    expect(inScope(userScope(supplierAdmin), supplierUser(other))).toBe(false);
    expect(userScope(supplier)).toEqual({ kind: 'none' });
  });

  describe('vacancies and referrals', () => {
    const matcher = staff(Role.Matcher);
    const suppliersVacancy = { supplierId: own, pactMemberId: null };
    const membersVacancy = { supplierId: null, pactMemberId: randomUUID() };

    it('gives the matcher none of the policy’s actions on a supplier’s records', () => {
      for (const action of Object.values(Action)) expect(decide(matcher, action, { supplierId: other })).toBe('forbidden');
      expect(userScope(matcher)).toEqual({ kind: 'none' });
    });

    it('leaves matchers’ accounts to admins: officers and the pact office manage suppliers’ users only', () => {
      const matcherAccount = { role: Role.Matcher, supplierId: null };
      expect(inScope(userScope(staff(Role.Admin)), matcherAccount)).toBe(true);
      expect(inScope(userScope(staff(Role.PactOffice)), matcherAccount)).toBe(false);
      expect(inScope(userScope(staff(Role.Officer)), matcherAccount)).toBe(false);
    });

    it('lets the matcher read every vacancy, refer to it, and act as employer for pact members only', () => {
      for (const vacancy of [suppliersVacancy, membersVacancy]) {
        expect(decideOnVacancy(matcher, VacancyAction.Read, vacancy)).toBe('allow');
        expect(decideOnVacancy(matcher, VacancyAction.Refer, vacancy)).toBe('allow');
      }
      expect(decideOnVacancy(matcher, VacancyAction.Employ, membersVacancy)).toBe('allow');
      expect(decideOnVacancy(matcher, VacancyAction.Employ, suppliersVacancy)).toBe('forbidden');
      expect(decideOnVacancy(staff(Role.PactOffice), VacancyAction.Employ, membersVacancy)).toBe('allow');
      expect(decideOnVacancy(staff(Role.PactOffice), VacancyAction.Refer, membersVacancy)).toBe('forbidden');
    });

    it('lets a supplier act on its own vacancies, hides every other, and never lets it refer', () => {
      expect(decideOnVacancy(supplier, VacancyAction.Read, suppliersVacancy)).toBe('allow');
      expect(decideOnVacancy(supplier, VacancyAction.Employ, suppliersVacancy)).toBe('allow');
      expect(decideOnVacancy(supplier, VacancyAction.Read, { supplierId: other, pactMemberId: null })).toBe('hidden');
      expect(decideOnVacancy(supplier, VacancyAction.Employ, membersVacancy)).toBe('hidden');
      expect(decideOnVacancy(supplier, VacancyAction.Refer, suppliersVacancy)).toBe('forbidden');
    });

    it('lets officers only read, and an admin do everything', () => {
      expect(decideOnVacancy(staff(Role.Officer), VacancyAction.Read, suppliersVacancy)).toBe('allow');
      expect(decideOnVacancy(staff(Role.Officer), VacancyAction.Employ, membersVacancy)).toBe('forbidden');
      for (const action of Object.values(VacancyAction)) expect(decideOnVacancy(staff(Role.Admin), action, suppliersVacancy)).toBe('allow');
      expect(decideOnVacancy(staff(Role.Admin), VacancyAction.Read, null)).toBe('hidden');
    });
  });
});
