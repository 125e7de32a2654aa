import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { ReportType, VerificationStatus } from '../reporting.types';
import '../report-errors.messages';

const VERDICTS = [VerificationStatus.Accepted, VerificationStatus.Questioned];

export class VerifyReportDto {
  @ApiProperty({ enum: VERDICTS }) @IsIn(VERDICTS, { message: 'status must be ACCEPTED or QUESTIONED', context: { code: 'VERIFICATION_STATUS_VALUES' } }) status: VerificationStatus;

  @ApiPropertyOptional({ example: 'Anställningsavtal saknas för perioden; bifoga avtalet.', description: 'Required when QUESTIONED' })
  @ValidateIf((o) => o.status === VerificationStatus.Questioned || o.reason !== undefined)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @IsNotEmpty({ message: 'reason is required when a report is QUESTIONED', context: { code: 'VERIFICATION_REASON_REQUIRED' } }) @MaxLength(2000)
  reason?: string;
}

export class VerificationDto {
  @ApiProperty({ enum: ReportType }) reportType: ReportType;
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ enum: VerificationStatus }) verificationStatus: VerificationStatus;
  @ApiProperty({ nullable: true }) verificationReason: string | null;
  @ApiProperty({ nullable: true }) verifiedBy: string | null;
  @ApiProperty({ nullable: true }) verifiedAt: string | null;
}
