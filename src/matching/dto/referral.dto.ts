import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { TargetGroup } from '../../clauses/clause.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { AgeBand, Gender } from '../../reporting/reporting.types';
import { NotHiredReason, ReferralOutcome } from '../matching.types';
import { EmployerDto } from './vacancy.dto';

/** A candidate referred by what a placement needs to know, never by who the person is. */
export class CreateReferralDto {
  @ApiProperty({ enum: TargetGroup, description: 'One of the vacancy’s target groups; attested by the city' }) @IsEnum(TargetGroup) targetGroup: TargetGroup;
  @ApiProperty({ enum: Gender }) @IsEnum(Gender) gender: Gender;
  @ApiProperty({ enum: Object.values(AgeBand), example: '25-29' })
  @IsIn(Object.values(AgeBand), { message: `ageBand must be one of ${Object.values(AgeBand).join(', ')}` }) ageBand: AgeBand;
  @ApiProperty({ example: false, description: 'Belongs to the establishment programme (etableringsprogrammet)' }) @IsBoolean() establishmentProgramme: boolean;
}

const OUTCOMES_RECORDED = [ReferralOutcome.Interviewed, ReferralOutcome.Offered, ReferralOutcome.Hired, ReferralOutcome.NotHired];

export class RecordOutcomeDto {
  @ApiProperty({ enum: OUTCOMES_RECORDED, description: 'Steps run forward only; HIRED and NOT_HIRED are final' })
  @IsIn(OUTCOMES_RECORDED, { message: `outcome must be one of ${OUTCOMES_RECORDED.join(', ')}` }) outcome: ReferralOutcome;

  @ApiProperty({ example: '2026-05-12', description: 'The day it happened; not in the future' }) @IsCalendarDate() date: string;

  @ApiPropertyOptional({ example: '2026-06-01', description: 'HIRED: the first day of work' })
  @IsOptional() @IsCalendarDate() startDate?: string;

  @ApiPropertyOptional({ example: '2026-11-30', nullable: true, description: 'HIRED: the agreed last day; null or left out for until further notice. A hire that counts toward a clause needs it' })
  @ValidateIf((o) => o.endDate !== undefined && o.endDate !== null) @IsCalendarDate() endDate?: string | null;

  @ApiPropertyOptional({ example: 100, minimum: 1, maximum: 100, description: 'HIRED' })
  @IsOptional() @IsInt() @Min(1) @Max(100) workingTimePercent?: number;

  @ApiPropertyOptional({ enum: NotHiredReason, description: 'NOT_HIRED: why' }) @IsOptional() @IsEnum(NotHiredReason) reason?: NotHiredReason;
}

export class ListReferralsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: ReferralOutcome }) @IsOptional() @IsEnum(ReferralOutcome) outcome?: ReferralOutcome;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() vacancyId?: string;

  @ApiPropertyOptional({ description: 'true: only referrals whose outcome is overdue (REFERRAL_OUTCOME_DAYS after the referral, no final outcome)' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() overdue?: boolean;
}

export class ReferralDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ example: 'Lokalvårdare' }) vacancyTitle: string;
  @ApiProperty({ type: EmployerDto }) employer: EmployerDto;
  @ApiProperty({ example: 'JT-K7QM-4XRP', description: 'The code the candidate shows the employer' }) code: string;
  @ApiProperty({ enum: TargetGroup }) targetGroup: TargetGroup;
  @ApiProperty({ enum: Gender }) gender: Gender;
  @ApiProperty({ enum: Object.values(AgeBand) }) ageBand: AgeBand;
  @ApiProperty() establishmentProgramme: boolean;
  @ApiProperty({ example: '2026-05-02' }) referredOn: string;
  @ApiProperty({ enum: ReferralOutcome }) outcome: ReferralOutcome;
  @ApiProperty({ nullable: true }) interviewedOn: string | null;
  @ApiProperty({ nullable: true }) offeredOn: string | null;
  @ApiProperty({ nullable: true, description: 'The day the hire was agreed' }) hiredOn: string | null;
  @ApiProperty({ nullable: true }) hiredStartDate: string | null;
  @ApiProperty({ nullable: true }) hiredEndDate: string | null;
  @ApiProperty({ nullable: true }) hiredWorkingTimePercent: number | null;
  @ApiProperty({ enum: NotHiredReason, nullable: true }) notHiredReason: NotHiredReason | null;
  @ApiProperty({ nullable: true }) notHiredOn: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, description: 'The placement report a hire on a clause-tied vacancy became' }) placementId: string | null;
  @ApiProperty({ nullable: true, example: '2026-05-16', description: 'referredOn + REFERRAL_OUTCOME_DAYS; null once HIRED or NOT_HIRED' }) outcomeDueOn: string | null;
  @ApiProperty() outcomeOverdue: boolean;
}

export class ReferralPageDto extends PageMetaDto {
  @ApiProperty({ type: [ReferralDto] }) items: ReferralDto[];
}
