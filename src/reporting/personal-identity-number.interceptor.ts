import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { findPersonalIdentityNumber } from './personal-identity-number';

export const PERSONAL_IDENTITY_NUMBER_MESSAGE =
  'looks like a Swedish personal identity number (personnummer or samordningsnummer); reports must identify people only by a pseudonymous reference, so the request was refused and nothing was stored';

/**
 * Refuses a request whose body or query holds a personal identity number anywhere, before
 * validation, so the number is never echoed in an error, logged or stored.
 */
@Injectable()
export class RefusePersonalIdentityNumbers implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const field = findPersonalIdentityNumber({ ...(request.body ?? {}) }) ?? findPersonalIdentityNumber({ ...request.query });
    if (field) throw new ValidationFailedException([{ field, messages: [`${field} ${PERSONAL_IDENTITY_NUMBER_MESSAGE}`] }]);
    return next.handle();
  }
}
