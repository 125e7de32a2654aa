import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { roleMayUse } from '../access/access-policy';
import { ApiKeyService } from '../api-keys/api-key.service';
import { isApiKeyToken } from '../api-keys/api-key-rules';
import { AppConfig } from '../config/app-config';
import { SESSION_COOKIE, SessionService, sessionCookieOf } from '../sessions/session.service';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { AuthenticatedRequest, bearerOf, WRITE_METHODS } from './authenticated-request';
import { AuthUser, Role } from './role';
import { sameSecret } from './secrets';
import { TokenService } from './token.service';
import { forbidden, unauthorized } from '../common/errors/coded-exception';
import './auth.messages';

/**
 * Global guard: every route needs a signed-in holder with an allowed role unless it is public.
 * Tried in order: the session cookie `sid`, an API key (`Bearer sck_…`), a development token
 * (`Bearer <JWT>`, refused in production). Sessions and keys are read from PostgreSQL on every
 * request, so a disabled user or a revoked key is refused at once on every instance.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly production: boolean;

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly apiKeys: ApiKeyService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.production = config.get('production', { infer: true });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = await this.authenticate(request, context.switchToHttp().getResponse<Response>());
    request.user = user;

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (roleMayUse(user.role, allowed)) return true;
    throw forbidden('AUTH_ROLE_NOT_ALLOWED', { role: user.role });
  }

  private async authenticate(request: AuthenticatedRequest, response: Response): Promise<AuthUser> {
    const bearer = bearerOf(request);
    const cookie = sessionCookieOf(request);
    if (cookie) {
      const session = await this.sessions.resolve(cookie);
      if (session) {
        if (WRITE_METHODS.has(request.method) && !sameSecret(request.header('x-csrf-token') ?? '', session.csrfToken)) {
          throw forbidden('AUTH_CSRF_MISSING');
        }
        request.authSession = { id: session.sessionId, csrfToken: session.csrfToken };
        return session.user;
      }
      // A session that is over: forget its cookie, so the browser stops sending it.
      response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: request.secure });
      if (!bearer) throw unauthorized('AUTH_SESSION_ENDED');
    }
    if (!bearer) throw unauthorized('AUTH_SIGN_IN');
    if (isApiKeyToken(bearer)) {
      const user = await this.apiKeys.resolve(bearer);
      if (!user) throw unauthorized('AUTH_API_KEY_REFUSED');
      return user;
    }
    if (this.production) {
      throw unauthorized('AUTH_DEV_TOKEN_IN_PRODUCTION');
    }
    return this.tokens.verify(bearer);
  }
}
