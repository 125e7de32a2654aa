import { createParamDecorator, ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiError } from '../common/errors/api-error';
import { AuthUser, Role } from './role';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/**
 * The roles allowed on a route. `admin` is always allowed. A route with neither `@Roles` nor
 * `@Public` is refused to everyone, so a new route cannot be opened by forgetting a rule.
 */
export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ApiError, description: 'No or invalid bearer token' }),
    ApiForbiddenResponse({ type: ApiError, description: `Allowed roles: admin, ${roles.join(', ')}` }),
  );
}

/** A route anyone may call without a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** The verified token holder of the current request. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest().user,
);
