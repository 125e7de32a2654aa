// @ts-check
/**
 * Who is signed in. A person signs in to a server-side session: its cookie is httpOnly, so the page
 * never sees it, and the person and the session's CSRF token come from GET /api/me. Outside
 * production a development token may be pasted instead; it is kept in this tab's sessionStorage and
 * sent as a bearer token.
 */
const TOKEN_KEY = 'social-clauses.token';
const ROLES = ['admin', 'officer', 'pact_office', 'supplier', 'matcher'];

/**
 * @typedef {{ id: string | null, email: string | null, name: string, role: string, supplierId: string | null,
 *   supplierName: string | null, supplierAdmin: boolean, language: string, via: 'session' | 'api-key' | 'dev-token',
 *   csrfToken?: string }} Me
 */

/** @type {Me | null} */
let me = null;

/** The pasted development token, if any. */
export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * Reads a development token's claims, only to tell a person at once that what they pasted is not a
 * token; the server verifies the signature.
 * @param {string} value
 * @returns {{ sub: string, role: string, exp?: number } | null}
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

/** @returns {Me | null} the signed-in person as the service last answered, or null */
export function currentUser() {
  return me;
}

/** @param {Me | null} value */
export function setCurrentUser(value) {
  me = value;
}

/** The session's CSRF token, sent with every change (absent for development tokens). */
export function csrfToken() {
  return me?.csrfToken ?? null;
}

/** @param {string} value */
export function keepToken(value) {
  sessionStorage.setItem(TOKEN_KEY, value.trim());
}

/** Forgets whoever was signed in, in this tab. */
export function forget() {
  sessionStorage.removeItem(TOKEN_KEY);
  me = null;
}

/**
 * Whether the person may open a page for these roles (admin always may) and, when the page asks,
 * has what else it needs (an account of their own, a supplier's administrator).
 * @param {Me | null} user @param {string[]} roles @param {(user: Me) => boolean} [also]
 */
export function mayUse(user, roles, also) {
  return !!user && (user.role === 'admin' || roles.includes(user.role)) && (!also || also(user));
}
