import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { DialogueMeeting } from '../entities/dialogue-meeting.entity';
import { InitiativeProgress } from '../entities/initiative-progress.entity';
import { MeetingKind, ProgressStatus, VerificationStatus } from '../reporting.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';
import { ReportWithdrawalFields, withdrawalFields } from './withdrawal.dto';

export class CreateDialogueMeetingDto {
  @ApiProperty({ enum: MeetingKind }) @IsEnum(MeetingKind) meetingKind: MeetingKind;
  @ApiProperty({ example: '2026-02-20' }) @IsCalendarDate() heldOn: string;
  @ApiProperty({ example: 'Leverantörens HR-chef, stadens matchningsansvarige på Jobbtorg Stockholm', maxLength: 1000 })
  @trim @IsString() @IsNotEmpty() @MaxLength(1000) participants: string;
  @ApiProperty({ example: 'Två praktikplatser inom lokalvård erbjuds från april.', maxLength: 4000 })
  @trim @IsString() @IsNotEmpty() @MaxLength(4000) outcome: string;
}

export class UpdateDialogueMeetingDto extends PartialType(CreateDialogueMeetingDto) {}

export class CreateInitiativeProgressDto {
  @ApiProperty({ example: 'Start', description: 'A milestone title of the clause' })
  @trim @IsString() @IsNotEmpty() @MaxLength(300) milestoneTitle: string;
  @ApiProperty({ enum: ProgressStatus }) @IsEnum(ProgressStatus) progressStatus: ProgressStatus;
  @ApiProperty({ example: '2026-04-01' }) @IsCalendarDate() reportedOn: string;
  @ApiPropertyOptional({ example: '2026-03-28', description: 'Required when COMPLETED, otherwise absent' })
  @ValidateIf((o) => o.completedOn !== undefined && o.completedOn !== null) @IsCalendarDate() completedOn?: string | null;
  @ApiPropertyOptional({ example: 12, description: 'People taking part so far' })
  @IsOptional() @IsInt() @Min(0) participants?: number | null;
  @ApiProperty({ example: 'Språkcaféet har startat med två träffar i veckan.', maxLength: 4000 })
  @trim @IsString() @IsNotEmpty() @MaxLength(4000) description: string;
}

export class UpdateInitiativeProgressDto extends PartialType(CreateInitiativeProgressDto) {}

class VerifiedReportDto extends ReportWithdrawalFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ enum: VerificationStatus }) verificationStatus: VerificationStatus;
  @ApiProperty({ nullable: true }) verificationReason: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class DialogueMeetingDto extends VerifiedReportDto {
  @ApiProperty({ enum: MeetingKind }) meetingKind: MeetingKind;
  @ApiProperty({ example: '2026-02-20' }) heldOn: string;
  @ApiProperty() participants: string;
  @ApiProperty() outcome: string;

  static from(m: DialogueMeeting): DialogueMeetingDto {
    return {
      id: m.id, contractId: m.contractId, clauseId: m.clauseId, meetingKind: m.meetingKind, heldOn: m.heldOn,
      participants: m.participants, outcome: m.outcome, verificationStatus: m.verificationStatus,
      verificationReason: m.verificationReason, ...withdrawalFields(m), createdAt: m.createdAt.toISOString(), updatedAt: m.updatedAt.toISOString(),
    };
  }
}

export class InitiativeProgressDto extends VerifiedReportDto {
  @ApiProperty({ example: 'Start' }) milestoneTitle: string;
  @ApiProperty({ enum: ProgressStatus }) progressStatus: ProgressStatus;
  @ApiProperty({ example: '2026-04-01' }) reportedOn: string;
  @ApiProperty({ nullable: true, example: '2026-03-28' }) completedOn: string | null;
  @ApiProperty({ nullable: true, example: 12 }) participants: number | null;
  @ApiProperty() description: string;

  static from(p: InitiativeProgress): InitiativeProgressDto {
    return {
      id: p.id, contractId: p.contractId, clauseId: p.clauseId, milestoneTitle: p.milestoneTitle, progressStatus: p.progressStatus,
      reportedOn: p.reportedOn, completedOn: p.completedOn, participants: p.participants, description: p.description,
      verificationStatus: p.verificationStatus, verificationReason: p.verificationReason, ...withdrawalFields(p),
      createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
    };
  }
}
