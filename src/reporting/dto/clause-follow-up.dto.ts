import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ClauseType, PlacementKind } from '../../clauses/clause.types';
import { RecoveryPlan } from '../entities/recovery-plan.entity';
import { ClauseStatus } from '../reporting.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';

export class AsOfQueryDto {
  @ApiPropertyOptional({ example: '2026-06-30', description: 'Evaluate as of this date instead of today (Stockholm time)' })
  @IsOptional() @IsCalendarDate('2026-06-30') asOf?: string;
}

export class LineProgressDto {
  @ApiProperty({ enum: PlacementKind }) kind: PlacementKind;
  @ApiProperty({ example: '2027-12-31' }) deadline: string;
  @ApiProperty({ example: 4 }) requiredCount: number;
  @ApiProperty({ example: 2 }) countedPlacements: number;
  @ApiProperty({ example: 24 }) requiredFullTimeMonths: number;
  @ApiProperty({ example: 14 }) fullTimeMonths: number;
  @ApiProperty({ example: 5 }) monthsLeft: number;
  @ApiProperty({ nullable: true, example: 2 }) paceNeeded: number | null;
  @ApiProperty({ example: 1.2 }) paceActual: number;
  @ApiProperty({ enum: ClauseStatus }) status: ClauseStatus;
  @ApiProperty({ example: 'EMPLOYMENT: 14 of 24 full-time months, 2 of 4 placements; 5 months left; pace needed 2.0/month, actual 1.2/month' })
  reason: string;
}

export class ClauseStatusDto {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 1 }) clauseNumber: number;
  @ApiProperty({ enum: ClauseType }) type: ClauseType;
  @ApiProperty({ example: '2026-12-21' }) asOf: string;
  @ApiProperty({ enum: ClauseStatus }) status: ClauseStatus;
  @ApiProperty({ example: ['EMPLOYMENT: 14 of 24 full-time months, 2 of 4 placements; 5 months left; pace needed 2.0/month, actual 1.2/month'] })
  reasons: string[];
  @ApiPropertyOptional({ type: [LineProgressDto] }) lines?: LineProgressDto[];
  @ApiPropertyOptional({ example: 20000 }) bonusSek?: number;
}

export class CreateRecoveryPlanDto {
  @ApiProperty({ example: 'Rekrytering via Jobbtorg Stockholm av två personer till lokalvård under maj; handledare utsedd.', maxLength: 4000 })
  @trim @IsString() @IsNotEmpty() @MaxLength(4000) actions: string;

  @ApiProperty({ example: '2026-09-30', description: 'When the supplier expects to be on track again' })
  @IsCalendarDate('2026-09-30') expectedBackOnTrack: string;
}

export class RecoveryPlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ enum: ClauseStatus }) statusAtFiling: ClauseStatus;
  @ApiProperty({ example: 'EMPLOYMENT: 14 of 24 full-time months, …' }) statusSummary: string;
  @ApiProperty() actions: string;
  @ApiProperty({ example: '2026-09-30' }) expectedBackOnTrack: string;
  @ApiProperty() createdAt: string;

  static from(p: RecoveryPlan): RecoveryPlanDto {
    return {
      id: p.id, contractId: p.contractId, clauseId: p.clauseId, statusAtFiling: p.statusAtFiling, statusSummary: p.statusSummary,
      actions: p.actions, expectedBackOnTrack: p.expectedBackOnTrack, createdAt: p.createdAt.toISOString(),
    };
  }
}

export class SubmitPeriodDto {
  @ApiPropertyOptional({ example: 'Två nya anställningar under kvartalet; se rapporterade placeringar.', maxLength: 4000 })
  @IsOptional() @trim @IsString() @MaxLength(4000) comment?: string;
}
