export enum Role {
  Admin = 'admin',
  Officer = 'officer',
  PactOffice = 'pact_office',
  Supplier = 'supplier',
  /** The city's matching unit (e.g. Jobbtorg Stockholm): vacancies and referrals, nothing else of a supplier's. */
  Matcher = 'matcher',
}

export const ROLES = Object.values(Role);

/** How the holder proved who they are; `cli` is an operator at the command line (audit rows only). */
export type AuthVia = 'session' | 'api-key' | 'dev-token' | 'cli';

/** Who a verified request acts as: a signed-in user (session or API key) or a development token. */
export interface AuthUser {
  /** Who acts, recorded in the audit trail: `user:<uuid>` for users, the token subject for dev tokens. */
  sub: string;
  role: Role;
  /** Set only for suppliers: the one supplier the holder may act for. */
  supplierId?: string;
  /** The user account; unset for development tokens. */
  userId?: string;
  name?: string;
  email?: string;
  /** Only for supplier users: may invite and disable colleagues of the same supplier. */
  supplierAdmin?: boolean;
  via: AuthVia;
}

/**
 * Whom a request acts for: the supplier for supplier tokens (every token of one supplier is the same
 * party, and no other supplier's token reaches it, whatever its subject), the token subject within
 * its role otherwise. What belongs to a party (its idempotency keys, its uploads in progress) is
 * keyed by this.
 */
export function principalOf(user: AuthUser): string {
  return user.role === Role.Supplier ? `supplier:${user.supplierId}` : `${user.role}:${user.sub}`;
}
