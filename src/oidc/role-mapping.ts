import { Role } from '../auth/role';

/** The roles city staff may get from the identity provider; a supplier never signs in this way. */
export const STAFF_ROLES: readonly Role[] = [Role.Admin, Role.Officer, Role.PactOffice, Role.Matcher];

/** One entry of OIDC_ROLE_MAP: people whose role claim holds `value` get `role`. */
export interface RoleMapping {
  value: string;
  role: Role;
}

/**
 * Reads OIDC_ROLE_MAP (`sc-admins=admin,sc-officers=officer`). A value may itself hold `=` (an
 * LDAP-style group name), so each entry is split at its last `=`.
 */
export function parseRoleMap(text: string | undefined): RoleMapping[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((entry) => {
    const at = entry.lastIndexOf('=');
    const value = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim() as Role;
    if (at < 0 || value === '' || !STAFF_ROLES.includes(role)) {
      throw new Error(
        `Invalid configuration: OIDC_ROLE_MAP must be a comma-separated list of group=role with role one of ${STAFF_ROLES.join(', ')} (got "${entry.trim()}")`,
      );
    }
    return { value, role };
  });
}

/**
 * The values of the role claim: a string or a list of strings. A name with dots that is not itself
 * a claim is followed as a path into nested claims (`realm_access.roles`).
 */
export function roleClaimValues(claims: Record<string, unknown>, claimName: string): string[] {
  let value: unknown = claims[claimName];
  if (value === undefined && claimName.includes('.')) {
    value = claimName.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), claims);
  }
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The role the mapping gives: the first entry of the map whose value the claim holds, in the map's order. */
export function mappedRole(claims: Record<string, unknown>, claimName: string, map: RoleMapping[]): Role | undefined {
  const held = new Set(roleClaimValues(claims, claimName));
  return map.find((mapping) => held.has(mapping.value))?.role;
}
