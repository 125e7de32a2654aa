import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ClauseType } from '../../clauses/clause.types';
import { PageMetaDto } from '../../common/pagination';
import { PeriodFilterDto } from '../../common/filters/period-filter.dto';
import { ClauseStatus, ReportType } from '../reporting.types';
import { ClauseStatusDto } from './clause-follow-up.dto';
import { IsCalendarDate } from '../../common/calendar-date';
import { REMINDER_PROPERTY, ReminderSentDto } from '../../notifications/dto/reminder-sent.dto';

const asArray = Transform(({ value }) => (value === undefined ? undefined : Array.isArray(value) ? value : String(value).split(',')));

/** The follow-up lists' filters; `from`/`to`: contracts whose period overlaps it. */
class FollowUpFilterDto extends PeriodFilterDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() supplierId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() contractId?: string;
  @ApiPropertyOptional({ example: 'Arbetsmarknadsnämnden', description: 'Exact contracting unit' })
  @IsOptional() @IsString() @MaxLength(200) contractingUnit?: string;
}

export class OverdueReportsQueryDto extends FollowUpFilterDto {
  @ApiPropertyOptional({ example: '2026-06-30', description: 'Overdue as of this date (default today)' })
  @IsOptional() @IsCalendarDate('2026-06-30') asOf?: string;
}

const DEVIATIONS = [ClauseStatus.AtRisk, ClauseStatus.NotFulfilled];

export class ClauseDeviationsQueryDto extends OverdueReportsQueryDto {
  @ApiPropertyOptional({ enum: ClauseStatus, isArray: true, description: 'Default AT_RISK and NOT_FULFILLED; repeat or comma-separate' })
  @IsOptional() @asArray @IsEnum(ClauseStatus, { each: true, message: `status must be one of ${Object.values(ClauseStatus).join(', ')}` })
  status?: ClauseStatus[];

  statuses(): ClauseStatus[] {
    return this.status?.length ? this.status : DEVIATIONS;
  }
}

export class QuestionedReportsQueryDto extends FollowUpFilterDto {
  @ApiPropertyOptional({ enum: ReportType }) @IsOptional() @IsIn(Object.values(ReportType), { message: `reportType must be one of ${Object.values(ReportType).join(', ')}` })
  reportType?: ReportType;
}

class ContractContextDto {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) supplierName: string;
  @ApiProperty({ example: 'AMN 2026-0178' }) referenceNumber: string;
  @ApiProperty({ example: 'Arbetsmarknadsnämnden' }) contractingUnit: string;
}

export class OverdueReportDto extends ContractContextDto {
  @ApiProperty({ format: 'uuid', description: 'The reporting period' }) periodId: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 1 }) clauseNumber: number;
  @ApiProperty({ enum: ClauseType }) clauseType: ClauseType;
  @ApiProperty({ example: 2 }) periodNumber: number;
  @ApiProperty({ example: '2026-04-01' }) periodStart: string;
  @ApiProperty({ example: '2026-06-30' }) periodEnd: string;
  @ApiProperty({ example: '2026-07-30' }) dueDate: string;
  @ApiProperty({ example: 12 }) daysOverdue: number;
  @ApiProperty({ ...REMINDER_PROPERTY, description: 'When the supplier was last reminded of this report (due soon or overdue), and how many times; null when never' })
  reminder: ReminderSentDto | null;
}

export class OverdueReportPageDto extends PageMetaDto {
  @ApiProperty({ type: [OverdueReportDto] }) items: OverdueReportDto[];
}

export class OpenRemedyRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2027-01-31' }) dueDate: string;
  @ApiProperty({ description: 'The due date has passed: a decision is due' }) overdue: boolean;
}

export class ClauseDeviationDto extends ClauseStatusDto {
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) supplierName: string;
  @ApiProperty({ example: 'AMN 2026-0178' }) referenceNumber: string;
  @ApiProperty({ example: 'Arbetsmarknadsnämnden' }) contractingUnit: string;
  @ApiProperty({ nullable: true, description: 'When the latest recovery plan was filed' }) latestRecoveryPlanAt: string | null;
  @ApiProperty({ type: OpenRemedyRequestDto, nullable: true, description: 'The clause’s OPEN remedy request (begäran om rättelse), if any' })
  openRemedyRequest: OpenRemedyRequestDto | null;
  @ApiProperty({ ...REMINDER_PROPERTY, description: 'When an alert that the clause turned AT_RISK or NOT_FULFILLED last went out, and on how many occasions; null when none has' })
  reminder: ReminderSentDto | null;
}

export class ClauseDeviationPageDto extends PageMetaDto {
  @ApiProperty({ type: [ClauseDeviationDto] }) items: ClauseDeviationDto[];
}

class ReportOnListDto extends ContractContextDto {
  @ApiProperty({ enum: ReportType }) reportType: ReportType;
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 'SSAB-2026-017', description: 'Placement reference, meeting date or milestone' }) summary: string;
}

export class PendingReportDto extends ReportOnListDto {
  @ApiProperty({ description: 'When the supplier reported it' }) reportedAt: string;
}

export class PendingReportPageDto extends PageMetaDto {
  @ApiProperty({ type: [PendingReportDto] }) items: PendingReportDto[];
}

export class QuestionedReportDto extends ReportOnListDto {
  @ApiProperty({ example: 'Anställningsavtal saknas.' }) reason: string;
  @ApiProperty({ nullable: true }) questionedAt: string | null;
}

export class QuestionedReportPageDto extends PageMetaDto {
  @ApiProperty({ type: [QuestionedReportDto] }) items: QuestionedReportDto[];
}
