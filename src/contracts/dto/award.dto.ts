import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsUUID } from 'class-validator';

export class AwardProcurementDto {
  @ApiProperty({ format: 'uuid', description: 'The winning supplier' })
  @IsUUID()
  supplierId: string;

  @ApiProperty({ example: '2026-03-01', description: 'Contract start (ISO date)' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'startDate must be a date such as 2026-03-01', context: { code: 'FIELD_DATE_EXAMPLE', params: { example: '2026-03-01' } } })
  startDate: string;

  @ApiProperty({ example: '2028-02-29', description: 'Contract end, after the start (ISO date)' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'endDate must be a date such as 2028-02-29', context: { code: 'FIELD_DATE_EXAMPLE', params: { example: '2028-02-29' } } })
  endDate: string;
}
