import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { ReportType } from '../reporting.types';
import { VerificationDto } from './verification.dto';

/** How many reports one bulk acceptance may carry: a page of the longest list, and one short transaction. */
export const MAX_BULK_REPORTS = 200;

const REPORT_TYPES = Object.values(ReportType);

export class ReportRefDto {
  @ApiProperty({ enum: ReportType, example: ReportType.Placement })
  @IsIn(REPORT_TYPES, { message: `reportType must be one of ${REPORT_TYPES.join(', ')}` })
  reportType: ReportType;

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'reportId must be a UUID' }) reportId: string;
}

export class BulkAcceptDto {
  @ApiProperty({ type: [ReportRefDto], minItems: 1, maxItems: MAX_BULK_REPORTS, description: 'The reports to accept, each at most once' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_BULK_REPORTS)
  // Each item an object: class-validator would otherwise validate a nested array's (empty) items and let it through.
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => ReportRefDto)
  reports: ReportRefDto[];
}

export class BulkAcceptResultDto {
  @ApiProperty({ example: 12 }) accepted: number;
  @ApiProperty({ type: [VerificationDto], description: 'Each report as accepted, in the order asked' }) reports: VerificationDto[];
}
