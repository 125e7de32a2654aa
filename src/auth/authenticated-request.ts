import type { Request } from 'express';
import { AuthUser } from './role';

/** A request after the auth guard: who acts, and the browser session it came with, if any. */
export interface AuthenticatedRequest extends Request {
  user?: AuthUser;
  authSession?: { id: string; csrfToken: string };
}

/** Methods that change something: a cookie-authenticated one needs the session's CSRF token. */
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The request's `Authorization: Bearer <token>` value, if it has one. */
export function bearerOf(request: Request): string | undefined {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}
