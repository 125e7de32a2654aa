import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments } from 'class-validator';
import { checkOrgNumber } from './org-number';

function IsValidOrgNumber(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOrgNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && checkOrgNumber(value).valid,
        // The message is the code (see validation-errors.ts); the filter renders it for the reader.
        defaultMessage: (args: ValidationArguments) => {
          const check = typeof args.value === 'string' ? checkOrgNumber(args.value) : undefined;
          return check && !check.valid ? check.code : 'FIELD_NOT_STRING';
        },
      },
    });
}

/** Validates a Swedish organisation number and normalises it to NNNNNN-NNNN. */
export function IsOrgNumber(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: '556036-0793', description: 'Swedish organisation number, NNNNNN-NNNN' }),
    Transform(({ value }) => {
      if (typeof value !== 'string') return value;
      const check = checkOrgNumber(value);
      return check.valid ? check.normalised : value;
    }),
    IsValidOrgNumber(),
  );
}
