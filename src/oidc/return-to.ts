/** Where a person lands after sign-in when they asked for nothing (or for somewhere else). */
export const DEFAULT_RETURN_TO = '/';

/**
 * The page to return to after sign-in: only a path of the service itself (`/#/contracts/…`).
 * Anything that would leave it — another origin, `//host`, `/\host`, a scheme — falls back to the
 * start page, so the sign-in cannot be used to send a person to a look-alike site.
 */
export function safeReturnTo(requested: string | undefined, publicUrl: string): string {
  if (!requested || !requested.startsWith('/') || requested.length > 2000) return DEFAULT_RETURN_TO;
  const base = new URL(publicUrl);
  let target: URL;
  try {
    target = new URL(requested, base);
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (target.origin !== base.origin || /^\/[/\\]/.test(requested)) return DEFAULT_RETURN_TO;
  return `${target.pathname}${target.search}${target.hash}`;
}
