import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'http';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { requestIdOf } from '../logging/request-logging.middleware';
import { redactPersonalIdentityNumbers } from '../personal-data/personal-identity-number';
import { Coded, Lang, langOf, renderText } from '../i18n';
import { ApiError } from './api-error';
import { CodedException } from './coded-exception';
import { CodedFieldError, ValidationFailedException } from './validation-errors';
import './error.messages';

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

/** An error before it is rendered: its status, its code and the fields at fault. */
interface CodedError {
  statusCode: number;
  coded: Coded;
  fields?: CodedFieldError[];
}

/** A status's general code, for errors that carry no code of their own (Nest's, the body parser's). */
const STATUS_CODES_GENERAL: Partial<Record<number, string>> = {
  400: 'ERROR_BAD_REQUEST',
  401: 'ERROR_UNAUTHORIZED',
  403: 'ERROR_FORBIDDEN',
  404: 'ERROR_NOT_FOUND',
  409: 'ERROR_CONFLICT',
  413: 'ERROR_PAYLOAD_TOO_LARGE',
  422: 'ERROR_UNPROCESSABLE',
  429: 'ERROR_TOO_MANY_REQUESTS',
};

/** Maps every error to the one JSON error shape, its texts in the language the request prefers. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const lang = langOf(request?.headers?.['accept-language']);
    const body = render(this.toCodedError(exception), lang);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) {
      const message = `Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`;
      this.logger.warn({ message, requestId: request && requestIdOf(request) });
    } else if (body.statusCode >= 500) {
      const message = exception instanceof Error ? exception.stack ?? exception.message : String(exception);
      this.logger.error({ message, requestId: request && requestIdOf(request) });
    }
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  private toCodedError(exception: unknown): CodedError {
    if (exception instanceof ValidationFailedException) {
      return { statusCode: HttpStatus.BAD_REQUEST, coded: { code: 'VALIDATION_FAILED' }, fields: exception.fields };
    }
    if (exception instanceof CodedException) return { statusCode: exception.getStatus(), coded: exception.coded, fields: exception.fields };
    if (exception instanceof HttpException) return fromNest(exception);
    // Body parser errors other than bad JSON (e.g. an oversized body) carry their HTTP status.
    const status = (exception as { status?: unknown })?.status;
    const type = (exception as { type?: unknown })?.type;
    if (typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string') {
      return { statusCode: status, coded: { code: type === 'entity.too.large' ? 'ERROR_BODY_TOO_LARGE' : general(status) } };
    }
    const code = (exception as { code?: unknown })?.code;
    if (exception instanceof QueryFailedError && typeof code === 'string' && PG_STATUS[code]) {
      // PostgreSQL's detail is English and may quote stored values; the code says what kind of conflict it is.
      const statusCode = PG_STATUS[code];
      return { statusCode, coded: { code: statusCode === HttpStatus.CONFLICT ? 'ERROR_DB_CONFLICT' : 'ERROR_DB_INVALID' } };
    }
    // query_canceled: the statement ran past STATEMENT_TIMEOUT_MS, so its connection went back to the pool.
    if (code === '57014') return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, coded: { code: 'ERROR_DB_TIMEOUT' } };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) {
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, coded: { code: 'ERROR_DB_UNAVAILABLE' } };
    }
    // A transaction whose connection the server closed under it surfaces as a released query runner.
    if (
      exception instanceof Error &&
      (exception.name === 'QueryRunnerAlreadyReleasedError' ||
        /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(exception.message))
    ) {
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, coded: { code: 'ERROR_DB_UNAVAILABLE' } };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, coded: { code: 'ERROR_INTERNAL' } };
  }
}

function general(status: number): string {
  return STATUS_CODES_GENERAL[status] ?? 'ERROR_HTTP';
}

/** Nest's own exceptions: an unknown route, bad JSON, or one of ours not yet coded. */
function fromNest(exception: HttpException): CodedError {
  const statusCode = exception.getStatus();
  const res = exception.getResponse();
  const message = typeof res === 'string' ? res : String((res as { message?: unknown }).message ?? exception.message);
  const route = /^Cannot ([A-Z]+) (.*)$/.exec(message);
  if (statusCode === HttpStatus.NOT_FOUND && route) {
    return { statusCode, coded: { code: 'ERROR_ROUTE_NOT_FOUND', params: { method: route[1], path: route[2] } } };
  }
  if (statusCode === HttpStatus.BAD_REQUEST && /JSON/.test(message)) return { statusCode, coded: { code: 'ERROR_BAD_JSON' } };
  const code = general(statusCode);
  return { statusCode, coded: code === 'ERROR_HTTP' ? { code, params: { status: statusCode } } : { code } };
}

/** The error as the reader gets it. No answer repeats a personal identity number, e.g. from an unknown route's path. */
function render({ statusCode, coded, fields }: CodedError, lang: Lang): ApiError {
  const renderedFields = fields?.map((f) => ({
    field: f.field,
    messages: f.codes.map((c) => redactPersonalIdentityNumbers(renderText(c, lang))),
    codes: f.codes,
  }));
  // Field errors are also summed up in the message, as its {details}.
  const details = renderedFields && { details: renderedFields.flatMap((f) => f.messages).join('; ') };
  const params = coded.params || details ? { ...(coded.params && redactParams(coded.params)), ...details } : undefined;
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    code: coded.code,
    ...(params ? { params } : {}),
    message: redactPersonalIdentityNumbers(renderText({ code: coded.code, params }, lang)),
    ...(renderedFields ? { fields: renderedFields } : {}),
  };
}

function redactParams(params: NonNullable<Coded['params']>): Coded['params'] {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? redactPersonalIdentityNumbers(v) : v]),
  );
}
