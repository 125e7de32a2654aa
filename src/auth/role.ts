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
