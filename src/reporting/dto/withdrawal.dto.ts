import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from '../../common/text';
import { VerifiedReport } from '../entities/verification.columns';
import { ReportType, WithdrawalKind } from '../reporting.types';
import '../report-errors.messages';

export class WithdrawReportDto {
  @ApiProperty({ example: 'Rapporterad på fel avtal; rapporteras om på rätt avtal.', maxLength: 2000 })
  @trim @IsString() @IsNotEmpty({ message: 'reason is required: say why the report is taken back', context: { code: 'WITHDRAWAL_REASON_REQUIRED' } }) @MaxLength(2000)
  reason: string;
}

export class WithdrawalDto {
  @ApiProperty({ enum: ReportType }) reportType: ReportType;
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ enum: WithdrawalKind, description: 'WITHDRAWN by the supplier before verification; VOIDED by the pact office' })
  withdrawalKind: WithdrawalKind;
  @ApiProperty() withdrawalReason: string;
  @ApiProperty() withdrawnBy: string;
  @ApiProperty() withdrawnAt: string;
}

/** The withdrawal fields every report DTO shows; a withdrawn report stays listed, marked. */
export class ReportWithdrawalFields {
  @ApiProperty({ nullable: true, enum: WithdrawalKind, example: null, description: 'Set when the supplier withdrew the report or the pact office voided it; it then counts nowhere' })
  withdrawalKind: WithdrawalKind | null;
  @ApiProperty({ nullable: true, example: null }) withdrawalReason: string | null;
  @ApiProperty({ nullable: true, example: null }) withdrawnAt: string | null;
}

export function withdrawalFields(report: VerifiedReport): ReportWithdrawalFields {
  return { withdrawalKind: report.withdrawalKind, withdrawalReason: report.withdrawalReason, withdrawnAt: report.withdrawnAt?.toISOString() ?? null };
}
