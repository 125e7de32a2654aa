import { HttpException, HttpStatus } from '@nestjs/common';
import { Coded, renderText } from '../i18n';
import { CodedFieldError, FieldProblem, toCoded } from './validation-errors';

type Params = Coded['params'];

/**
 * An HTTP error whose text is a code with parameters; the exception filter renders it in the
 * reader's language. The English rendering is kept as the exception's message for logs.
 */
export class CodedException extends HttpException {
  readonly coded: Coded;
  readonly fields?: CodedFieldError[];

  /** `fields`: field errors behind the refusal, rendered into the message's {details} too. */
  constructor(
    status: HttpStatus,
    code: string,
    params?: Params,
    problems?: FieldProblem[],
  ) {
    const coded: Coded = params ? { code, params } : { code };
    super({ code, params, message: renderText(coded, 'en') }, status);
    this.coded = coded;
    this.fields = problems?.map(toCoded);
  }
}

export const badRequest = (code: string, params?: Params) => new CodedException(HttpStatus.BAD_REQUEST, code, params);
export const unauthorized = (code: string, params?: Params) => new CodedException(HttpStatus.UNAUTHORIZED, code, params);
export const forbidden = (code: string, params?: Params) => new CodedException(HttpStatus.FORBIDDEN, code, params);
export const notFound = (code: string, params?: Params) => new CodedException(HttpStatus.NOT_FOUND, code, params);
export const conflict = (code: string, params?: Params) => new CodedException(HttpStatus.CONFLICT, code, params);
export const tooLarge = (code: string, params?: Params) => new CodedException(HttpStatus.PAYLOAD_TOO_LARGE, code, params);
export const unprocessable = (code: string, params?: Params) =>
  new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, code, params);
