import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';
import '../results.messages';

/** Results are asked for the years 2000–2100, as the annual report; anything else is a typing error. */
const RESULTS_YEAR = /^(20\d\d|2100)-/;
const inResultsYears = (field: string) => Matches(RESULTS_YEAR, { message: `${field} must be a date in the years 2000–2100`, context: { code: 'RESULTS_YEAR_RANGE' } });

export class ResultsQueryDto {
  @ApiPropertyOptional({ example: '2025-01-01', description: 'First day of the period (inclusive); default 1 January of the current year' })
  @IsOptional() @IsCalendarDate('2025-01-01') @inResultsYears('from')
  from?: string;

  @ApiPropertyOptional({ example: '2025-12-31', description: 'Last day of the period (inclusive); default 31 December of the year of `from`' })
  @IsOptional() @IsCalendarDate('2025-01-01') @inResultsYears('to')
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
