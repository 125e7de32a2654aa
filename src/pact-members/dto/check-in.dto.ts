import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageMetaDto } from '../../common/pagination';
import { CheckIn } from '../entities/check-in.entity';
import { MemberStatus } from '../pact-member.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';
import { REMINDER_PROPERTY, ReminderSentDto } from '../../notifications/dto/reminder-sent.dto';

export class CreateCheckInDto {
  @ApiProperty({ example: '2026-02-10', description: 'The day the check-in was held (not after today)' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({
    example: ['Anna Lind, HR-chef (medlem)', 'Integrationspaktens kansli', 'Jobbtorg Stockholm'],
    description: 'Who took part: names or roles',
  })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(200, { each: true })
  participants: string[];

  @ApiPropertyOptional({ example: 'Fyra praktikanter från Jobbtorg under året; två fick anställning.', maxLength: 10000 })
  @IsOptional() @trim @IsString() @MaxLength(10000)
  notes?: string;

  @ApiPropertyOptional({ example: ['Kansliet bjuder in till innovationsmöte i maj'], description: 'Agreed follow-up actions' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @IsNotEmpty({ each: true }) @MaxLength(1000, { each: true })
  followUpActions?: string[];
}

export class UpdateCheckInDto extends PartialType(CreateCheckInDto) {}

export class CheckInDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: '2026-02-10' }) heldOn: string;
  @ApiProperty({ example: ['Anna Lind, HR-chef (medlem)', 'Integrationspaktens kansli'] }) participants: string[];
  @ApiProperty({ example: 'Fyra praktikanter från Jobbtorg under året.' }) notes: string;
  @ApiProperty({ example: ['Kansliet bjuder in till innovationsmöte i maj'] }) followUpActions: string[];
  @ApiProperty({ example: 'pact_office-3f2c…' }) createdBy: string;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) updatedAt: string;

  static from(checkIn: CheckIn): CheckInDto {
    return {
      id: checkIn.id,
      memberId: checkIn.memberId,
      heldOn: checkIn.heldOn,
      participants: checkIn.participants,
      notes: checkIn.notes,
      followUpActions: checkIn.followUpActions,
      createdBy: checkIn.createdBy,
      createdAt: checkIn.createdAt.toISOString(),
      updatedAt: checkIn.updatedAt.toISOString(),
    };
  }
}

/** A current member whose annual check-in is overdue. */
export class OverdueCheckInDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: 'Bygg & Fastighet Stockholm AB' }) name: string;
  @ApiProperty({ example: '556036-0793' }) orgNumber: string;
  @ApiProperty({ enum: [MemberStatus.Active, MemberStatus.Expiring], example: MemberStatus.Active }) status: MemberStatus;
  @ApiProperty({ nullable: true, example: '2025-01-20', description: 'Null when the member has never had a check-in' })
  lastCheckInOn: string | null;
  @ApiProperty({ example: '2024-11-01', description: 'First day of the member’s first letter of intent' })
  memberSince: string;
  @ApiProperty({ example: '2026-01-20', description: 'Last check-in (or membership start) plus the configured months' })
  dueOn: string;
  @ApiProperty({ example: 36 }) daysOverdue: number;
  @ApiProperty({ ...REMINDER_PROPERTY, description: 'When the pact office was last reminded that this member’s check-in is due, and how many times; null when never' })
  reminder: ReminderSentDto | null;
}

export class OverdueCheckInPageDto extends PageMetaDto {
  @ApiProperty({ example: 12, description: 'Months after which a check-in is overdue (CHECK_IN_OVERDUE_MONTHS)' })
  overdueAfterMonths: number;
  @ApiProperty({ type: [OverdueCheckInDto] }) items: OverdueCheckInDto[];
}
