const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The route a key is unique on: method, route template and the path parameters in canonical form
 * (sorted by name, UUIDs lower-cased), e.g. `POST /api/contracts/:contractId/placements contractId=…`.
 * Express matches paths case-insensitively and with or without a trailing slash; keying on the
 * template instead of the raw path makes every spelling that reaches the same handler and record
 * one route.
 */
export function idempotencyRoute(method: string, template: string, params: Record<string, string>): string {
  const canonical = Object.keys(params)
    .sort()
    .map((name) => `${name}=${UUID.test(params[name]) ? params[name].toLowerCase() : params[name]}`);
  return [`${method.toUpperCase()} ${template}`, ...canonical].join(' ');
}
