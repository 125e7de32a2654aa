import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedException } from './errors/validation-errors';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationFailedException([{ field: name, messages: [`${name} must be a UUID`] }]),
    }),
  );
