export enum Role {
  Admin = 'admin',
  Officer = 'officer',
  PactOffice = 'pact_office',
  Supplier = 'supplier',
}

export const ROLES = Object.values(Role);

/** What a verified bearer token says about its holder. */
export interface AuthUser {
  /** Token subject: who acts, recorded in the audit trail. */
  sub: string;
  role: Role;
  /** Set only for `supplier` tokens: the one supplier the holder may act for. */
  supplierId?: string;
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
