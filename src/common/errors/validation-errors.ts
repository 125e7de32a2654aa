import { BadRequestException, ValidationError } from '@nestjs/common';
import { FieldError } from './api-error';

/** Flattens class-validator's nested errors into one entry per offending field path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints
      ? [{ field, messages: Object.values(error.constraints).map((m) => m.replace(error.property, field)) }]
      : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** A 400 whose message names every offending field and which carries them as `fields`. */
export class ValidationFailedException extends BadRequestException {
  constructor(public readonly fields: FieldError[]) {
    super(`Validation failed: ${fields.flatMap((f) => f.messages).join('; ')}`);
  }
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedException {
  return new ValidationFailedException(flattenValidationErrors(errors));
}
