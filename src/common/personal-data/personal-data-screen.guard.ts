import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
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
 * so the number is never echoed in an error, logged or stored. Registered globally in configureApp,
 * after the authentication and rate-limit guards and before every pipe; multipart parts are
 * screened where they are read (CSV cells, evidence file names).
 *
 * A guard rather than an interceptor: any global interceptor puts Nest's RxJS chain (defer,
 * mergeAll, AsyncResource.bind) on every request, measured at ~0.2 ms of CPU per request.
 */
@Injectable()
export class PersonalDataScreen implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() === 'http') {
      const field = screenRequest(context.switchToHttp().getRequest<Request>());
      if (field) throw new ValidationFailedException([fieldError(field, 'PERSONAL_IDENTITY_NUMBER')]);
    }
    return true;
  }
}
