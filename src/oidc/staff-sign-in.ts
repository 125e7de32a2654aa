import { Role } from '../auth/role';
import { UserAccount, UserStatus } from '../users/entities/user-account.entity';

/** Why a person the provider vouched for is not signed in; the code the sign-in page explains. */
export type SignInRefusal = 'no_email' | 'no_role' | 'account_disabled' | 'supplier_account' | 'account_mismatch';

export type StaffSignInDecision =
  | { kind: 'refuse'; reason: SignInRefusal }
  | { kind: 'create'; role: Role }
  | { kind: 'sign-in'; role: Role };

/**
 * Who may sign in through the city's provider, and with which role. A role the provider's groups
 * give decides, so a move between the city's groups reaches the service at the next sign-in; without
 * one, an existing account keeps its own role and a person without an account is refused. Supplier
 * accounts sign in by e-mail code only, and a disabled account stays disabled.
 */
export function decideStaffSignIn(account: Pick<UserAccount, 'role' | 'status'> | null, mapped: Role | undefined): StaffSignInDecision {
  if (!account) return mapped ? { kind: 'create', role: mapped } : { kind: 'refuse', reason: 'no_role' };
  if (account.role === Role.Supplier) return { kind: 'refuse', reason: 'supplier_account' };
  if (account.status === UserStatus.Disabled) return { kind: 'refuse', reason: 'account_disabled' };
  return { kind: 'sign-in', role: mapped ?? account.role };
}

/** The person's e-mail address, unless missing, implausible or marked unverified by the provider. */
export function verifiedEmail(claims: Record<string, unknown>): string | undefined {
  const { email, email_verified: verified } = claims;
  if (typeof email !== 'string' || verified === false || verified === 'false') return undefined;
  const trimmed = email.trim();
  return trimmed.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : undefined;
}

/** The name to show: the provider's `name`, else given and family name, else the address. */
export function displayName(claims: Record<string, unknown>, email: string): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const name = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') || email;
  return name.slice(0, 200);
}
