import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'http';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { redactPersonalIdentityNumbers } from '../personal-data/personal-identity-number';
import { ApiError } from './api-error';
import { ValidationFailedException } from './validation-errors';

/** PostgreSQL error codes that are the client's fault or a conflict, not a server failure. */
const PG_STATUS: Record<string, HttpStatus> = {
  '23505': HttpStatus.CONFLICT, // unique_violation
  '23503': HttpStatus.CONFLICT, // foreign_key_violation
  '22P02': HttpStatus.BAD_REQUEST, // invalid_text_representation
  '23502': HttpStatus.BAD_REQUEST, // not_null_violation
  '23514': HttpStatus.CONFLICT, // check_violation: e.g. a change to a frozen (published) clause version
  '22021': HttpStatus.BAD_REQUEST, // character_not_in_repertoire
  '22003': HttpStatus.BAD_REQUEST, // numeric_value_out_of_range
  '22007': HttpStatus.BAD_REQUEST, // invalid_datetime_format
  '22008': HttpStatus.BAD_REQUEST, // datetime_field_overflow
  '40001': HttpStatus.CONFLICT, // serialization_failure
};

/** Errors that mean the database is away: the client may retry later. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** Maps every error to the one JSON error shape. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // A last net: no answer repeats a personal identity number, e.g. from an unknown route's path.
    const body = { ...this.toApiError(exception) };
    body.message = redactPersonalIdentityNumbers(body.message);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof ValidationFailedException) {
      return { ...shape(HttpStatus.BAD_REQUEST, exception.message), fields: exception.fields };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      const message =
        typeof res === 'string'
          ? res
          : Array.isArray((res as { message?: unknown }).message)
            ? ((res as { message: string[] }).message).join('; ')
            : String((res as { message?: unknown }).message ?? exception.message);
      return shape(status, message);
    }
    // Body parser errors other than bad JSON (e.g. an oversized body) carry their HTTP status.
    const status = (exception as { status?: unknown })?.status;
    const type = (exception as { type?: unknown })?.type;
    if (typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string') {
      return shape(status, (exception as Error).message);
    }
    const code = (exception as { code?: unknown })?.code;
    if (exception instanceof QueryFailedError && typeof code === 'string' && PG_STATUS[code]) {
      const detail = (exception as { detail?: string }).detail;
      return shape(PG_STATUS[code], detail ?? 'The request conflicts with stored data');
    }
    // query_canceled: the statement ran past STATEMENT_TIMEOUT_MS, so its connection went back to the pool.
    if (code === '57014') return shape(HttpStatus.SERVICE_UNAVAILABLE, 'The database took too long to answer; try again shortly');
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) {
      return shape(HttpStatus.SERVICE_UNAVAILABLE, 'The database is unavailable; try again shortly');
    }
    // A transaction whose connection the server closed under it surfaces as a released query runner.
    if (
      exception instanceof Error &&
      (exception.name === 'QueryRunnerAlreadyReleasedError' ||
        /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(exception.message))
    ) {
      return shape(HttpStatus.SERVICE_UNAVAILABLE, 'The database is unavailable; try again shortly');
    }
    return shape(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
}

function shape(statusCode: number, message: string): ApiError {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
