import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiError } from '../../common/errors/api-error';
import { fieldError, ValidationFailedException } from '../../common/errors/validation-errors';
import '../report-errors.messages';
import { idempotencyRoute } from './idempotency-scope';
import { IdempotentResult } from './idempotency.service';

export interface IdempotencyContext {
  key?: string;
  /** Method, route template and canonical path parameters (idempotencyRoute); a key is unique per scope and route. */
  route: string;
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The request's optional `Idempotency-Key` header (printable ASCII, at most 200 characters) and route. */
export const Idempotency = createParamDecorator((_data: unknown, context: ExecutionContext): IdempotencyContext => {
  const request = context.switchToHttp().getRequest<Request>();
  const key = request.header('idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new ValidationFailedException([fieldError('Idempotency-Key', 'IDEMPOTENCY_KEY_FORMAT')]);
  }
  const template = (request.route as { path?: unknown } | undefined)?.path;
  return { key, route: idempotencyRoute(request.method, typeof template === 'string' ? template : request.path, request.params as Record<string, string>) };
});

/** OpenAPI for a POST that honours `Idempotency-Key`. */
export const ApiIdempotent = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A retry with the same key returns the first response (header Idempotent-Replayed: true) and stores nothing new',
      example: '3b241101-e2bb-4255-8caf-4136c566a962',
    }),
    ApiUnprocessableEntityResponse({ type: ApiError, description: 'The key was already used for a different request' }),
  );

/** Sends a stored or fresh result with its status; marks replays. */
export function reply(response: Response, result: IdempotentResult): unknown {
  response.status(result.status);
  if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return result.body;
}
