import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
@ValidatorConstraint({ name: 'calendarDate' })
class CalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }

  defaultMessage(): string {
    return '$property must be a calendar date written YYYY-MM-DD';
  }
}

export class ResultsQueryDto {
  @ApiPropertyOptional({ example: '2025-01-01', description: 'First day of the period (inclusive); default 1 January of the current year' })
  @IsOptional() @Validate(CalendarDate)
  from?: string;

  @ApiPropertyOptional({ example: '2025-12-31', description: 'Last day of the period (inclusive); default 31 December of the year of `from`' })
  @IsOptional() @Validate(CalendarDate)
  to?: string;

  @ApiPropertyOptional({ example: 'Fastighetskontoret', description: 'Only this contracting unit (exact name)' })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(200)
  unit?: string;
}

export class AnnualReportQueryDto {
  @ApiPropertyOptional({ example: 2025, description: 'Calendar year; default the previous year' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: 'Fastighetskontoret', description: 'Only this contracting unit' })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(200)
  unit?: string;
}
