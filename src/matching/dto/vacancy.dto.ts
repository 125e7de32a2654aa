import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf,
} from 'class-validator';
import { PlacementKind, TargetGroup } from '../../clauses/clause.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { trim } from '../../common/text';
import { VacancyStatus } from '../matching.types';

export class CreateVacancyDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'City staff only: the pact member (Jobbpartner) the vacancy is for. A supplier posts for itself and leaves it out' })
  @IsOptional() @IsUUID() pactMemberId?: string;

  @ApiProperty({ example: 'Lokalvårdare', maxLength: 200 }) @trim @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiProperty({ enum: PlacementKind }) @IsEnum(PlacementKind) kind: PlacementKind;
  @ApiProperty({ example: 2, minimum: 1, maximum: 500 }) @IsInt() @Min(1) @Max(500) positions: number;
  @ApiProperty({ example: 100, minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) workingTimePercent: number;

  @ApiPropertyOptional({ example: 6, nullable: true, description: 'Agreed length in months; null or left out: until further notice (tillsvidare)' })
  @ValidateIf((o) => o.lengthMonths !== undefined && o.lengthMonths !== null) @IsInt() @Min(1) @Max(120) lengthMonths?: number | null;

  @ApiProperty({ example: '2026-06-01' }) @IsCalendarDate() startDate: string;
  @ApiProperty({ example: 'Rinkeby-Kista', maxLength: 100, description: 'Stadsdel or area where the work is done' })
  @trim @IsString() @IsNotEmpty() @MaxLength(100) district: string;

  @ApiPropertyOptional({ example: 'B-körkort, grundläggande svenska', maxLength: 2000 })
  @IsOptional() @trim @IsString() @MaxLength(2000) requirements?: string;

  @ApiProperty({ enum: TargetGroup, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(6) @ArrayUnique() @IsEnum(TargetGroup, { each: true }) targetGroups: TargetGroup[];

  @ApiProperty({ example: '2026-05-20', description: 'The last day the matching unit may refer candidates; no later than startDate' })
  @IsCalendarDate() referralDeadline: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With clauseId: the supplier’s own awarded, running contract whose placements clause a hire counts toward' })
  @IsOptional() @IsUUID() contractId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With contractId: a PLACEMENTS clause of that contract' })
  @IsOptional() @IsUUID() clauseId?: string;
}

/** What the employer may change while the vacancy is OPEN; the employer and the clause stay. */
export class UpdateVacancyDto extends PartialType(OmitType(CreateVacancyDto, ['pactMemberId', 'contractId', 'clauseId'] as const)) {}

export class ListVacanciesQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: VacancyStatus }) @IsOptional() @IsEnum(VacancyStatus) status?: VacancyStatus;
  @ApiPropertyOptional({ enum: TargetGroup, description: 'Vacancies open to this target group' }) @IsOptional() @IsEnum(TargetGroup) targetGroup?: TargetGroup;
  @ApiPropertyOptional({ enum: PlacementKind }) @IsOptional() @IsEnum(PlacementKind) kind?: PlacementKind;
  @ApiPropertyOptional({ example: 'Rinkeby-Kista', description: 'District, any letter case' }) @IsOptional() @trim @IsString() @MaxLength(100) district?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() contractId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() supplierId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() pactMemberId?: string;
  @ApiPropertyOptional({ example: 'lokalvård', description: 'Part of the title or requirements' }) @IsOptional() @trim @IsString() @MaxLength(100) q?: string;
}

export class EmployerDto {
  @ApiProperty({ enum: ['SUPPLIER', 'PACT_MEMBER'] }) type: 'SUPPLIER' | 'PACT_MEMBER';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) name: string;
}

export class ReferralCountsDto {
  @ApiProperty({ example: 1, description: 'Referred, no outcome recorded yet' }) referred: number;
  @ApiProperty({ example: 1 }) interviewed: number;
  @ApiProperty({ example: 0 }) offered: number;
  @ApiProperty({ example: 1 }) hired: number;
  @ApiProperty({ example: 1 }) notHired: number;
}

export class VacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: EmployerDto }) employer: EmployerDto;
  @ApiProperty({ format: 'uuid', nullable: true }) contractId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true }) clauseId: string | null;
  @ApiProperty({ nullable: true, example: 'Klausul 1' }) clauseTitle: string | null;
  @ApiProperty({ example: 'Lokalvårdare' }) title: string;
  @ApiProperty({ enum: PlacementKind }) kind: PlacementKind;
  @ApiProperty({ example: 2 }) positions: number;
  @ApiProperty({ example: 100 }) workingTimePercent: number;
  @ApiProperty({ nullable: true, example: 6 }) lengthMonths: number | null;
  @ApiProperty({ example: '2026-06-01' }) startDate: string;
  @ApiProperty({ example: 'Rinkeby-Kista' }) district: string;
  @ApiProperty({ example: '' }) requirements: string;
  @ApiProperty({ enum: TargetGroup, isArray: true }) targetGroups: TargetGroup[];
  @ApiProperty({ example: '2026-05-20' }) referralDeadline: string;
  @ApiProperty({ enum: VacancyStatus }) status: VacancyStatus;
  @ApiProperty({ nullable: true, example: null }) statusChangedOn: string | null;
  @ApiProperty({ example: '2026-05-01' }) createdOn: string;
  @ApiProperty({ type: ReferralCountsDto, description: 'Referrals by their current outcome' }) referrals: ReferralCountsDto;
  @ApiProperty({ example: 1, description: 'Positions not yet hired' }) positionsLeft: number;
}

export class VacancyPageDto extends PageMetaDto {
  @ApiProperty({ type: [VacancyDto] }) items: VacancyDto[];
}
