import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ClauseType, PlacementKind } from '../../clauses/clause.types';
import { Coded } from '../../common/i18n';
import { CodedTextDto } from '../../common/coded-text.dto';
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
  @ApiProperty({ nullable: true, example: 4, description: 'Required head count; null when the line requires the volume alone' })
  requiredCount: number | null;
  @ApiProperty({ example: 2, description: 'Placements counted that have started' }) countedPlacements: number;
  @ApiProperty({ example: 1, description: 'Placements counted that start later' }) committedPlacements: number;
  @ApiProperty({ example: 24 }) requiredFullTimeMonths: number;
  @ApiProperty({ example: 14, description: 'Full-time months delivered to date' }) fullTimeMonths: number;
  @ApiProperty({ example: 6, description: 'Full-time months agreed but not yet worked: keep a line on track, never fulfil it' })
  committedFullTimeMonths: number;
  @ApiProperty({ example: 5 }) monthsLeft: number;
  @ApiProperty({ nullable: true, example: 2 }) paceNeeded: number | null;
  @ApiProperty({ example: 1.2 }) paceActual: number;
  @ApiProperty({ enum: ClauseStatus }) status: ClauseStatus;
  @ApiProperty({
    description: 'In the language of Accept-Language (Swedish unless English is asked for)',
    example: 'Anställning: 14 av 24 heltidsmånader levererade, 2 av 4 platser påbörjade; 5 månader kvar till 2027-12-31 — enligt plan',
  })
  reason: string;
  @ApiProperty({ type: CodedTextDto, description: 'The reason as a code with its parameters' }) reasonCode: Coded;
}

export class ClauseStatusDto {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 1 }) clauseNumber: number;
  @ApiProperty({ enum: ClauseType }) type: ClauseType;
  @ApiProperty({ example: '2026-12-21' }) asOf: string;
  @ApiProperty({ enum: ClauseStatus }) status: ClauseStatus;
  @ApiProperty({
    description: 'Why, in the language of Accept-Language (Swedish unless English is asked for)',
    example: ['Anställning: 14 av 24 heltidsmånader levererade, 2 av 4 platser påbörjade; 5 månader kvar till 2027-12-31 — enligt plan'],
  })
  reasons: string[];
  @ApiProperty({ type: [CodedTextDto], description: 'The reasons as codes with their parameters, in the same order' })
  reasonCodes: Coded[];
  @ApiPropertyOptional({ type: [LineProgressDto] }) lines?: LineProgressDto[];
  @ApiPropertyOptional({ example: 20000 }) bonusSek?: number;
  @ApiProperty({ type: () => [PlacementOutcomeDto], description: 'Per placement of a placements clause: whether it counts, toward which line, and what it earns' })
  placements: PlacementOutcomeDto[];
}

export class PlacementOutcomeDto {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ nullable: true, example: 0, description: 'Index of the clause line it counts toward' }) line: number | null;
  @ApiProperty({ nullable: true, example: null, description: 'Why it counts toward no line, in the reader’s language' }) notCounted: string | null;
  @ApiProperty({ type: CodedTextDto, nullable: true, description: 'Why it counts toward no line, as a code' }) notCountedCode: Coded | null;
  @ApiProperty({ example: 5.5 }) deliveredFullTimeMonths: number;
  @ApiProperty({ example: 6.5 }) committedFullTimeMonths: number;
  @ApiProperty({ nullable: true, example: '12 månader avtalade på 100 %: 5,5 heltidsmånader levererade, 6,5 planerade', description: 'In the reader’s language' })
  explanation: string | null;
  @ApiProperty({ type: CodedTextDto, nullable: true, description: 'How the figures were reached, as a code' }) explanationCode: Coded | null;
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
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The remedy request the plan answers; null for a plan filed on its own' })
  remedyRequestId: string | null;
  @ApiProperty() createdAt: string;

  static from(p: RecoveryPlan): RecoveryPlanDto {
    return {
      id: p.id, contractId: p.contractId, clauseId: p.clauseId, statusAtFiling: p.statusAtFiling, statusSummary: p.statusSummary,
      actions: p.actions, expectedBackOnTrack: p.expectedBackOnTrack, remedyRequestId: p.remedyRequestId ?? null,
      createdAt: p.createdAt.toISOString(),
    };
  }
}

export class SubmitPeriodDto {
  @ApiPropertyOptional({ example: 'Två nya anställningar under kvartalet; se rapporterade placeringar.', maxLength: 4000 })
  @IsOptional() @trim @IsString() @MaxLength(4000) comment?: string;
}
