import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsIn, IsInt, Matches, Max, Min, ValidateIf } from 'class-validator';
import { PlacementKind, TargetGroup } from '../../clauses/clause.types';
import { PageMetaDto } from '../../common/pagination';
import { Placement } from '../entities/placement.entity';
import { AgeBand, EarlyEndReason, Gender, VerificationStatus } from '../reporting.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';
import { ReportWithdrawalFields, withdrawalFields } from './withdrawal.dto';
import '../report-errors.messages';

export class CreatePlacementDto {
  @ApiProperty({ example: 'SSAB-2026-017', description: 'Pseudonymous reference chosen by the supplier; never a name or personal identity number. Unique per supplier.' })
  @trim @Matches(/^[\p{L}\p{N}][\p{L}\p{N} ._\-/#]{0,59}$/u, { message: 'reference must be 1–60 letters, digits, spaces or . _ - / #', context: { code: 'PLACEMENT_REFERENCE_FORMAT' } })
  reference: string;

  @ApiProperty({ enum: PlacementKind }) @IsEnum(PlacementKind) kind: PlacementKind;
  @ApiProperty({ example: '2026-02-01' }) @IsCalendarDate() offeredDate: string;
  @ApiProperty({ example: true, description: 'Whether the offered placement was filled' }) @IsBoolean() filled: boolean;

  @ApiPropertyOptional({ example: '2026-02-15', description: 'Required when filled' })
  @ValidateIf((o) => o.startDate !== undefined && o.startDate !== null) @IsCalendarDate() startDate?: string | null;

  @ApiPropertyOptional({ example: '2026-08-14', description: 'Agreed last day; required when filled' })
  @ValidateIf((o) => o.endDate !== undefined && o.endDate !== null) @IsCalendarDate() endDate?: string | null;

  @ApiPropertyOptional({ example: '2026-05-31', description: 'Last day worked when the placement ended early' })
  @ValidateIf((o) => o.earlyEndDate !== undefined && o.earlyEndDate !== null) @IsCalendarDate() earlyEndDate?: string | null;

  @ApiPropertyOptional({
    enum: EarlyEndReason,
    description: 'Why it ended early; required with earlyEndDate. Only EMPLOYEE_RESIGNED and JUST_CAUSE can earn the whole agreed time (the 75 % rule)',
  })
  @ValidateIf((o) => o.earlyEndReason !== undefined && o.earlyEndReason !== null) @IsEnum(EarlyEndReason) earlyEndReason?: EarlyEndReason | null;

  @ApiProperty({ example: 100, minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) workingTimePercent: number;
  @ApiProperty({ enum: TargetGroup }) @IsEnum(TargetGroup) targetGroup: TargetGroup;
  @ApiProperty({ enum: Gender }) @IsEnum(Gender) gender: Gender;
  @ApiProperty({ enum: Object.values(AgeBand), example: '25-29' })
  @IsIn(Object.values(AgeBand), { message: `ageBand must be one of ${Object.values(AgeBand).join(', ')}` }) ageBand: AgeBand;
  @ApiProperty({ example: false, description: 'Belongs to the establishment programme (etableringsprogrammet)' })
  @IsBoolean() establishmentProgramme: boolean;
}

/** A correction of any field but the reference (an end date, an early ending and its reason, …). */
export class UpdatePlacementDto extends PartialType(OmitType(CreatePlacementDto, ['reference'] as const)) {}

export class PlacementDto extends ReportWithdrawalFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 'SSAB-2026-017' }) reference: string;
  @ApiProperty({ enum: PlacementKind }) kind: PlacementKind;
  @ApiProperty({ example: '2026-02-01' }) offeredDate: string;
  @ApiProperty() filled: boolean;
  @ApiProperty({ nullable: true, example: '2026-02-15' }) startDate: string | null;
  @ApiProperty({ nullable: true, example: '2026-08-14' }) endDate: string | null;
  @ApiProperty({ nullable: true, example: null }) earlyEndDate: string | null;
  @ApiProperty({ nullable: true, enum: EarlyEndReason, example: null }) earlyEndReason: EarlyEndReason | null;
  @ApiProperty({ example: 100 }) workingTimePercent: number;
  @ApiProperty({ enum: TargetGroup }) targetGroup: TargetGroup;
  @ApiProperty({ enum: Gender }) gender: Gender;
  @ApiProperty({ enum: Object.values(AgeBand) }) ageBand: AgeBand;
  @ApiProperty() establishmentProgramme: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The city’s referral the hire came through (matching); null when reported by the supplier alone' })
  referralId: string | null;
  @ApiProperty({ description: 'The target group was attested by the city (a hire through its referral), so no evidence of it is needed' })
  targetGroupAttested: boolean;
  @ApiProperty({ enum: VerificationStatus }) verificationStatus: VerificationStatus;
  @ApiProperty({ nullable: true, example: null }) verificationReason: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(p: Placement): PlacementDto {
    return {
      id: p.id, contractId: p.contractId, clauseId: p.clauseId, reference: p.reference, kind: p.kind,
      offeredDate: p.offeredDate, filled: p.filled, startDate: p.startDate, endDate: p.endDate, earlyEndDate: p.earlyEndDate, earlyEndReason: p.earlyEndReason,
      workingTimePercent: p.workingTimePercent, targetGroup: p.targetGroup, gender: p.gender, ageBand: p.ageBand,
      establishmentProgramme: p.establishmentProgramme, referralId: p.referralId, targetGroupAttested: p.targetGroupAttested,
      verificationStatus: p.verificationStatus,
      verificationReason: p.verificationReason, ...withdrawalFields(p), createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
    };
  }
}

export class PlacementPageDto extends PageMetaDto {
  @ApiProperty({ type: [PlacementDto] }) items: PlacementDto[];
}

export class PlacementUploadDto {
  @ApiProperty({ example: 12 }) stored: number;
  @ApiProperty({ type: [PlacementDto] }) items: PlacementDto[];
}
