import { inScope, userScope } from '../access/access-policy';
import { AuthUser, Role } from '../auth/role';
import { UserStatus } from './entities/user-account.entity';
import './user.messages';

/** Who manages whom is part of the access policy (userScope); the rules here add what an account may look like. */
export { inScope, userScope } from '../access/access-policy';
export type { UserScope } from '../access/access-policy';

/** The account facts the rules look at. */
export interface AccountShape {
  role: Role;
  supplierId: string | null;
  supplierAdmin: boolean;
}

/** Why an account cannot have this shape, naming the field, or null when it can. */
export function shapeProblem(account: AccountShape): { field: string; code: string } | null {
  if (account.role === Role.Supplier && !account.supplierId) return { field: 'supplierId', code: 'USER_SUPPLIER_REQUIRED' };
  if (account.role !== Role.Supplier && account.supplierId) return { field: 'supplierId', code: 'USER_ONLY_SUPPLIER_USERS_ACT_FOR_SUPPLIER' };
  if (account.role !== Role.Supplier && account.supplierAdmin) return { field: 'supplierAdmin', code: 'USER_ONLY_SUPPLIER_USERS_ADMIN' };
  return null;
}

/** A rule's answer: `hidden` is a 404 (out of reach), `forbidden` a 403, `invalid` a 400 naming the field. */
export type RuleOutcome =
  | { outcome: 'allow' }
  | { outcome: 'hidden' }
  | { outcome: 'forbidden'; code: string }
  | { outcome: 'invalid'; field: string; code: string };

const ALLOW: RuleOutcome = { outcome: 'allow' };

/** Whether the actor may invite a user of this shape. */
export function mayInvite(actor: AuthUser, invitee: AccountShape): RuleOutcome {
  const scope = userScope(actor);
  if (scope.kind === 'none') return { outcome: 'forbidden', code: 'USER_MAY_NOT_INVITE' };
  const problem = shapeProblem(invitee);
  if (problem) return { outcome: 'invalid', ...problem };
  if (scope.kind === 'supplier-users' && invitee.role !== Role.Supplier) {
    return { outcome: 'forbidden', code: 'USER_STAFF_INVITE_SUPPLIER_USERS' };
  }
  if (scope.kind === 'supplier' && invitee.role !== Role.Supplier) {
    return { outcome: 'forbidden', code: 'USER_SUPPLIER_ADMIN_INVITES_COLLEAGUES' };
  }
  if (!inScope(scope, invitee)) return { outcome: 'hidden' };
  return ALLOW;
}

export interface AccountChange {
  name?: string;
  role?: Role;
  supplierId?: string | null;
  supplierAdmin?: boolean;
  status?: UserStatus.Active | UserStatus.Disabled;
  language?: string;
}

/** Whether the actor may make this change to the target (whose id is `targetId`). */
export function mayChange(actor: AuthUser, target: AccountShape & { id: string }, change: AccountChange): RuleOutcome {
  const scope = userScope(actor);
  if (!inScope(scope, target)) return { outcome: 'hidden' };
  if (scope.kind !== 'all' && (change.role !== undefined || change.supplierId !== undefined)) {
    return { outcome: 'forbidden', code: 'USER_ONLY_ADMIN_CHANGES_ROLE' };
  }
  if (change.status === UserStatus.Disabled && actor.userId === target.id) {
    return { outcome: 'invalid', field: 'status', code: 'USER_NOT_OWN_DISABLE' };
  }
  const problem = shapeProblem({
    role: change.role ?? target.role,
    supplierId: change.supplierId !== undefined ? change.supplierId : target.supplierId,
    supplierAdmin: change.supplierAdmin ?? (change.role && change.role !== Role.Supplier ? false : target.supplierAdmin),
  });
  return problem ? { outcome: 'invalid', ...problem } : ALLOW;
}

/**
 * The status an account takes: disabling is immediate; enabling returns it to ACTIVE if it has
 * signed in before and to INVITED otherwise, so "never signed in" stays visible.
 */
export function statusAfter(requested: UserStatus.Active | UserStatus.Disabled, lastSignInAt: Date | null): UserStatus {
  if (requested === UserStatus.Disabled) return UserStatus.Disabled;
  return lastSignInAt ? UserStatus.Active : UserStatus.Invited;
}
