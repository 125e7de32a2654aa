import { Param, ParseUUIDPipe } from '@nestjs/common';
import { fieldError, ValidationFailedException } from './errors/validation-errors';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationFailedException([fieldError(name, 'FIELD_NOT_UUID')]),
    }),
  );
