import { AuthUser, Role } from '../auth/role';

/**
 * What a user may do to a supplier's records: a contract with its clauses, reports, evidence,
 * recovery plans and breaches, or the supplier's own entry in the register.
 */
export enum Action {
  /** See the record. */
  Read = 'read',
  /** The supplier's own follow-up: reports, their corrections and evidence, recovery plans (åtgärdsplaner), submitted periods. */
  Report = 'report',
  /** Take a report back: the supplier withdraws its own, the pact office voids one. */
  Withdraw = 'withdraw',
  /** Accept or question a report. */
  Verify = 'verify',
  /** The buyer's steps when a clause is breached: remedy request (begäran om rättelse), decision (vite), withdrawal. */
  HandleBreach = 'handle-breach',
  /** Read everything the audit trail holds about a contract. */
  ReadAudit = 'read-audit',
  /** Change a supplier's entry in the register. */
  ManageSupplier = 'manage-supplier',
}

/** The roles that may take each action; admin may take every action. */
const MAY: Record<Action, readonly Role[]> = {
  [Action.Read]: [Role.Officer, Role.PactOffice, Role.Supplier],
  [Action.Report]: [Role.Supplier],
  [Action.Withdraw]: [Role.Supplier, Role.PactOffice],
  [Action.Verify]: [Role.PactOffice],
  [Action.HandleBreach]: [Role.Officer, Role.PactOffice],
  [Action.ReadAudit]: [Role.PactOffice],
  [Action.ManageSupplier]: [Role.Officer],
};

/** A record as the policy sees it: the supplier it belongs to (a contract's, a report's through its contract). */
export interface Owned {
  supplierId: string;
}

/**
 * `forbidden`: the role may never take the action (403); `hidden`: no such record for this user —
 * missing, or another supplier's, which a supplier must not even learn exists (404).
 */
export type Decision = 'allow' | 'forbidden' | 'hidden';

/** The roles besides admin that may take the action: what a route doing it declares. */
export function rolesFor(action: Action): Role[] {
  return [...MAY[action]];
}

/** Whether the role may use a route open to `allowed`; admin may use every route. */
export function roleMayUse(role: Role, allowed: readonly Role[]): boolean {
  return role === Role.Admin || allowed.includes(role);
}

/** Whether the user may take the action on the record (null: there is no such record). */
export function decide(user: AuthUser, action: Action, record: Owned | null | undefined): Decision {
  if (!roleMayUse(user.role, MAY[action])) return 'forbidden';
  if (!record) return 'hidden';
  if (user.role === Role.Supplier && (!user.supplierId || record.supplierId !== user.supplierId)) return 'hidden';
  return 'allow';
}

/** The records a list may show the user: one supplier's, or every supplier's (null). */
export interface ListScope {
  supplierId: string | null;
}

/**
 * The scope every list query adds. A supplier user sees only its own supplier's records; a supplier
 * user bound to no supplier sees nothing (it cannot arise from a valid token or account).
 */
export function listScope(user: AuthUser): ListScope | 'forbidden' {
  if (user.role !== Role.Supplier) return { supplierId: null };
  return user.supplierId ? { supplierId: user.supplierId } : 'forbidden';
}

/**
 * What a user may do with vacancies and their referrals (matching). The employer of a vacancy is a
 * supplier, or a pact member (a Jobbpartner) for whom city staff act.
 */
export enum VacancyAction {
  /** See the vacancy and its referrals. */
  Read = 'read-vacancy',
  /** The employer's side: post, change and close the vacancy, record its referrals' outcomes. */
  Employ = 'employ',
  /** Refer a candidate to the vacancy. */
  Refer = 'refer',
}

/**
 * The matching unit (matcher) reads every vacancy and refers candidates; it and the pact office act
 * as the employer for pact members, never for a supplier; officers only read. A supplier reads and
 * acts on its own vacancies only. No other action of the policy is open to the matcher: it never
 * sees contracts, reports or the register.
 */
const MAY_ON_VACANCY: Record<VacancyAction, readonly Role[]> = {
  [VacancyAction.Read]: [Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier],
  [VacancyAction.Employ]: [Role.Supplier, Role.PactOffice, Role.Matcher],
  [VacancyAction.Refer]: [Role.Matcher],
};

/** A vacancy as the policy sees it: its employer, exactly one of the two. */
export interface Employer {
  supplierId: string | null;
  pactMemberId: string | null;
}

/** The roles besides admin that may take the vacancy action: what a route doing it declares. */
export function rolesForVacancy(action: VacancyAction): Role[] {
  return [...MAY_ON_VACANCY[action]];
}

/** Whether the user may take the action on the vacancy (null: there is no such vacancy). */
export function decideOnVacancy(user: AuthUser, action: VacancyAction, vacancy: Employer | null | undefined): Decision {
  if (!roleMayUse(user.role, MAY_ON_VACANCY[action])) return 'forbidden';
  if (!vacancy) return 'hidden';
  if (user.role === Role.Supplier) return user.supplierId && vacancy.supplierId === user.supplierId ? 'allow' : 'hidden';
  if (action === VacancyAction.Employ && user.role !== Role.Admin && vacancy.pactMemberId === null) return 'forbidden';
  return 'allow';
}

/**
 * Whose user accounts the actor manages. Admins manage every user; officers and the pact office
 * invite and manage suppliers' users (at award, the supplier's contact); a supplier's administrator
 * manages the users of its own supplier. Everyone else manages no one. A user outside the actor's
 * reach is, for the actor, no user at all (404), so a supplier cannot learn another supplier's staff.
 * Matchers are managed by admins and manage no one.
 */
export type UserScope =
  | { kind: 'all' }
  | { kind: 'supplier-users' }
  | { kind: 'supplier'; supplierId: string }
  | { kind: 'none' };

export function userScope(actor: AuthUser): UserScope {
  if (actor.role === Role.Admin) return { kind: 'all' };
  if (actor.role === Role.Officer || actor.role === Role.PactOffice) return { kind: 'supplier-users' };
  if (actor.role === Role.Supplier && actor.supplierAdmin && actor.supplierId) return { kind: 'supplier', supplierId: actor.supplierId };
  return { kind: 'none' };
}

/** Whether a user account (its role and supplier) is within the actor's reach. */
export function inScope(scope: UserScope, target: { role: Role; supplierId: string | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'supplier-users':
      return target.role === Role.Supplier;
    case 'supplier':
      return target.role === Role.Supplier && target.supplierId === scope.supplierId;
    case 'none':
      return false;
  }
}
