// @ts-check
/** The signed-in token, kept for this browser tab only (sessionStorage). */
const TOKEN_KEY = 'social-clauses.token';
const ROLES = ['admin', 'officer', 'pact_office', 'supplier'];

/** @typedef {{ sub: string, role: string, supplierId?: string, exp?: number }} Claims */

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * Reads the token's claims for navigation only; the server verifies the signature on every call.
 * @param {string} value
 * @returns {Claims | null}
 */
export function decode(value) {
  const parts = value.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(decodeURIComponent(escape(json)));
    return claims && typeof claims.sub === 'string' && ROLES.includes(claims.role) ? claims : null;
  } catch {
    return null;
  }
}

/** @returns {Claims | null} the current holder, or null when signed out or expired */
export function currentUser() {
  const value = token();
  const claims = value ? decode(value) : null;
  if (!claims || (claims.exp && claims.exp * 1000 <= Date.now())) return null;
  return claims;
}

/** @param {string} value */
export function signIn(value) {
  sessionStorage.setItem(TOKEN_KEY, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** @param {Claims | null} user @param {string[]} roles */
export function mayUse(user, roles) {
  return !!user && (user.role === 'admin' || roles.includes(user.role));
}
