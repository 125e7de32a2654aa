import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { PUBLIC_KEY } from '../../auth/auth.decorators';
import { AuthUser } from '../../auth/role';

/**
 * Limits requests per token holder on every route that needs a token. Runs after the auth guard,
 * so the verified token subject is the tracker; public routes (health, docs) are not limited.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]) ?? false;
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const user = request.user as AuthUser | undefined;
    return user ? `sub:${user.sub}` : `ip:${String(request.ip)}`;
  }
}
