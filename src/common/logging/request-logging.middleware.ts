import { Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import type { NextFunction, Request, Response } from 'express';
import { containsPersonalIdentityNumber, redactPersonalIdentityNumbers } from '../personal-data/personal-identity-number';
import { requestContext } from './request-context';

const logger = new Logger('HTTP');
const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a new one), returns it
 * in the response and logs one line per request: method, path, status, duration. Never headers,
 * query strings or bodies, so tokens and personal data stay out of the logs; a personal identity
 * number in the path or in the caller's request id is not written either.
 */
export function requestLogging(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) && !containsPersonalIdentityNumber(incoming) ? incoming : randomUUID();
  const started = process.hrtime.bigint();
  response.setHeader('X-Request-Id', requestId);
  response.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    requestContext.run({ requestId }, () =>
      logger.log({ message: 'request', method: request.method, path: redactPersonalIdentityNumbers(request.path), status: response.statusCode, ms: Math.round(ms * 10) / 10 }),
    );
  });
  requestContext.run({ requestId }, next);
}
