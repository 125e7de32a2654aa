import { parseRoleMap, RoleMapping } from './role-mapping';

/** How staff sign in with the city's OpenID Connect provider (README: "Single sign-on for city staff"). */
export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** The ID token or userinfo claim that holds the person's groups or roles. */
  roleClaim: string;
  /** Groups that give a role, in order of precedence; empty: only existing accounts sign in. */
  roleMap: RoleMapping[];
  scopes: string;
}

export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

const REQUIRED = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads the OIDC_* settings: none set, staff single sign-on is off; otherwise issuer, client id and
 * secret are all required. The issuer must use https, except on this machine (tests, trials).
 */
export function loadOidcSettings(env: Record<string, string | undefined>): OidcSettings | undefined {
  const given = REQUIRED.filter((name) => env[name]);
  const others = Object.keys(env).filter((name) => name.startsWith('OIDC_') && !(REQUIRED as readonly string[]).includes(name));
  if (given.length === 0) {
    if (others.length > 0) throw new Error(`Invalid configuration: ${others[0]} needs ${REQUIRED.join(', ')}`);
    return undefined;
  }
  const missing = REQUIRED.find((name) => !env[name]);
  if (missing) throw new Error(`Invalid configuration: ${missing} is required when ${given[0]} is set`);

  const issuerUrl = env.OIDC_ISSUER_URL as string;
  if (!isIssuerUrl(issuerUrl)) {
    throw new Error(`Invalid configuration: OIDC_ISSUER_URL must be an https:// URL (http only on localhost) (got "${issuerUrl}")`);
  }
  const roleClaim = env.OIDC_ROLE_CLAIM ?? 'groups';
  if (!/^[\w.:/#-]{1,200}$/.test(roleClaim)) {
    throw new Error(`Invalid configuration: OIDC_ROLE_CLAIM must be a claim name (got "${roleClaim}")`);
  }
  const scopes = (env.OIDC_SCOPES ?? 'openid email profile').trim().split(/\s+/);
  if (!scopes.includes('openid') || !scopes.every((scope) => /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope))) {
    throw new Error(`Invalid configuration: OIDC_SCOPES must be space-separated scopes including openid (got "${env.OIDC_SCOPES}")`);
  }
  return {
    // As given: the provider's metadata must name exactly this issuer.
    issuerUrl,
    clientId: env.OIDC_CLIENT_ID as string,
    clientSecret: env.OIDC_CLIENT_SECRET as string,
    roleClaim,
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
    scopes: scopes.join(' '),
  };
}

function isIssuerUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.search || url.hash || url.username) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}
