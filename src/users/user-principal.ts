import { AuthUser, AuthVia, Role } from '../auth/role';
import { UserAccount, UserStatus } from './entities/user-account.entity';

export type AccountFacts = Pick<UserAccount, 'id' | 'email' | 'name' | 'role' | 'supplierId' | 'supplierAdmin' | 'status'>;

/** Who a request of this user acts as; the audit trail names them `user:<uuid>`. */
export function authUserOf(account: AccountFacts, via: AuthVia): AuthUser {
  return {
    sub: subjectOf(account.id),
    role: account.role,
    supplierId: account.role === Role.Supplier ? (account.supplierId ?? undefined) : undefined,
    userId: account.id,
    name: account.name,
    email: account.email,
    supplierAdmin: account.role === Role.Supplier && account.supplierAdmin,
    via,
  };
}

/** The audit subject of a user. */
export const subjectOf = (userId: string): string => `user:${userId}`;

/** A disabled user is refused on the next request, whatever credential it presents. */
export const mayAct = (account: Pick<UserAccount, 'status'>): boolean => account.status !== UserStatus.Disabled;
