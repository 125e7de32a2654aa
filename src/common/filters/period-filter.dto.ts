import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, registerDecorator, ValidationArguments } from 'class-validator';
import { IsCalendarDate } from '../calendar-date';
import { PaginationQueryDto } from '../pagination';

/** The `to` of a period may not come before its `from` (both YYYY-MM-DD, so they compare as text). */
function IsNotBeforeFrom(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBeforeFrom',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const from = (args.object as { from?: unknown }).from;
          return typeof from !== 'string' || typeof value !== 'string' || value >= from;
        },
        defaultMessage: (args: ValidationArguments) => `${args.property} must not be before from`,
      },
    });
}

/** A list page limited to a period of days, either end open. What falls "in" it is the list's to say. */
export class PeriodFilterDto extends PaginationQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day of the period' })
  @IsOptional() @IsCalendarDate('2026-01-01')
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day of the period (not before from)' })
  @IsOptional() @IsCalendarDate('2026-12-31') @IsNotBeforeFrom()
  to?: string;
}
