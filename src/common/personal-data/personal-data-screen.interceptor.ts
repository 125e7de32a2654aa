import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { fieldError, ValidationFailedException } from '../errors/validation-errors';
import { containsPersonalIdentityNumber, findPersonalIdentityNumber } from './personal-identity-number';

/** The field of the request that holds a personal identity number, or undefined. */
export function screenRequest(request: Pick<Request, 'body' | 'query' | 'params' | 'header'>): string | undefined {
  const key = request.header('idempotency-key');
  if (key !== undefined && containsPersonalIdentityNumber(key)) return 'Idempotency-Key';
  const body = request.body as unknown;
  if (body !== undefined && !Buffer.isBuffer(body)) {
    const field = findPersonalIdentityNumber(body, '(body)');
    if (field) return field;
  }
  for (const [part, values] of [['query', request.query], ['path', request.params]] as const) {
    const field = findPersonalIdentityNumber(values ?? {}, part);
    if (field) return field === part ? part : `${part}.${field}`;
  }
  return undefined;
}

/**
 * Refuses, for every route and every role, a request whose JSON body, query string, path or
 * Idempotency-Key holds a personal identity number anywhere (keys included), before validation,
 * so the number is never echoed in an error, logged or stored. Registered globally in configureApp;
 * multipart parts are screened where they are read (CSV cells, evidence file names).
 */
@Injectable()
export class PersonalDataScreen implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const field = screenRequest(context.switchToHttp().getRequest<Request>());
      if (field) throw new ValidationFailedException([fieldError(field, 'PERSONAL_IDENTITY_NUMBER')]);
    }
    return next.handle();
  }
}
