import { BadRequestException, ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { Coded, renderText } from '../i18n';
import './error.messages';

/** A field's problems as codes; the filter renders them as `messages` in the reader's language. */
export interface CodedFieldError {
  field: string;
  codes: Coded[];
}

/**
 * A field's problems as rules and parsers hand them on: codes, and (from code that still builds
 * its texts as words, or for a command line) English `messages`. Codes win when both are given.
 */
export interface FieldProblem {
  field: string;
  codes?: Coded[];
  messages?: string[];
}

/** A field's problems as a code with parameters; `field` is passed to the text as {field}. */
export function fieldError(field: string, code: string, params?: Coded['params']): CodedFieldError {
  return { field, codes: [{ code, params: { field, ...params } }] };
}

/** class-validator's checks → a code, and which of the check's arguments it shows. */
const CONSTRAINT_CODES: Record<string, { code: string; params?: (constraints: unknown[]) => Coded['params'] }> = {
  isNotEmpty: { code: 'FIELD_REQUIRED' },
  isDefined: { code: 'FIELD_REQUIRED' },
  whitelistValidation: { code: 'FIELD_NOT_ALLOWED' },
  isString: { code: 'FIELD_NOT_STRING' },
  isInt: { code: 'FIELD_NOT_INTEGER' },
  isNumber: { code: 'FIELD_NOT_NUMBER' },
  isNumberString: { code: 'FIELD_NOT_NUMBER' },
  isBoolean: { code: 'FIELD_NOT_BOOLEAN' },
  isArray: { code: 'FIELD_NOT_ARRAY' },
  isObject: { code: 'FIELD_NOT_OBJECT' },
  nestedValidation: { code: 'FIELD_NOT_OBJECT' },
  isEmail: { code: 'FIELD_NOT_EMAIL' },
  isUuid: { code: 'FIELD_NOT_UUID' },
  isUUID: { code: 'FIELD_NOT_UUID' },
  isIso8601: { code: 'FIELD_NOT_DATE' },
  isISO8601: { code: 'FIELD_NOT_DATE' },
  isDateString: { code: 'FIELD_NOT_DATE' },
  isCalendarDate: { code: 'FIELD_NOT_CALENDAR_DATE' },
  matches: { code: 'FIELD_WRONG_FORMAT' },
  min: { code: 'FIELD_MIN', params: ([min]) => ({ min: min as number }) },
  max: { code: 'FIELD_MAX', params: ([max]) => ({ max: max as number }) },
  minLength: { code: 'FIELD_MIN_LENGTH', params: ([min]) => ({ min: min as number }) },
  maxLength: { code: 'FIELD_MAX_LENGTH', params: ([max]) => ({ max: max as number }) },
  arrayMinSize: { code: 'FIELD_ARRAY_MIN_SIZE', params: ([min]) => ({ min: min as number }) },
  arrayUnique: { code: 'FIELD_ARRAY_UNIQUE' },
  arrayMaxSize: { code: 'FIELD_ARRAY_MAX_SIZE', params: ([max]) => ({ max: max as number }) },
  isIn: { code: 'FIELD_NOT_ONE_OF', params: ([allowed]) => ({ allowed: (allowed as unknown[]).join(', ') }) },
  isEnum: {
    code: 'FIELD_NOT_ONE_OF',
    params: ([entity]) => ({ allowed: [...new Set(Object.values(entity as object))].join(', ') }),
  },
};

/** The arguments a decorator was given (Max(10) → [10]), found through class-validator's metadata. */
function constraintArguments(error: ValidationError, name: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === name);
  return metadata?.constraints ?? [];
}

/**
 * One check's failure as a code. A decorator may name its own code with `context: { code }` (for
 * a check whose text must say more, such as the form a diary number takes); a custom validator
 * may give its code and parameters in its message as `CODE` or `CODE {"param":…}`.
 */
function codeOf(error: ValidationError, field: string, name: string, message: string): Coded {
  const context = error.contexts?.[name] as { code?: string; params?: Coded['params'] } | undefined;
  if (context?.code) return { code: context.code, params: { field, ...context.params } };
  const custom = /^([A-Z][A-Z0-9_]+)(?: (\{.*\}))?$/.exec(message);
  if (custom) return { code: custom[1], params: { field, ...(custom[2] ? JSON.parse(custom[2]) : {}) } };
  const known = CONSTRAINT_CODES[name];
  if (known && !known.params) return { code: known.code, params: { field } };
  // A check whose arguments cannot be found (the body was not an object of the DTO, e.g. an array)
  // is named without them rather than with an unfilled placeholder.
  const args = constraintArguments(error, name);
  if (known && args.length > 0 && args[0] !== undefined && args[0] !== null) {
    return { code: known.code, params: { field, ...known.params?.(args) } };
  }
  return { code: 'FIELD_INVALID', params: { field } };
}

/** Flattens class-validator's nested errors into one entry per offending field path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): (CodedFieldError & { messages: string[] })[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const codes = Object.entries(error.constraints ?? {}).map(([name, message]) => codeOf(error, field, name, message));
    const own = codes.length ? [{ field, codes, messages: codes.map((c) => renderText(c, 'en')) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function toCoded(error: FieldProblem): CodedFieldError {
  return error.codes
    ? { field: error.field, codes: error.codes }
    : { field: error.field, codes: (error.messages ?? []).map((text) => ({ code: 'FIELD_TEXT', params: { text } })) };
}

/** A 400 whose message names every offending field and which carries them as `fields`. */
export class ValidationFailedException extends BadRequestException {
  public readonly fields: CodedFieldError[];

  constructor(errors: FieldProblem[]) {
    const fields = errors.map(toCoded);
    super(`Validation failed: ${fields.flatMap((f) => f.codes.map((c) => renderText(c, 'en'))).join('; ')}`);
    this.fields = fields;
  }
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedException {
  return new ValidationFailedException(flattenValidationErrors(errors));
}
