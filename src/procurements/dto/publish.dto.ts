import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';

export class PublishProcurementDto {
  @ApiPropertyOptional({
    example: '2026-03-01',
    description:
      'The day the tender was published (Stockholm). Defaults to today; an earlier day registers a procurement ' +
      'published before it came into the service (stored as that day’s midnight in Stockholm); a later day is a 400.',
  })
  @IsOptional()
  @IsCalendarDate()
  publishedOn?: string;
}
