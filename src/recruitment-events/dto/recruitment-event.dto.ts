import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { trim } from '../../common/text';
import { AgeBand, Gender } from '../../reporting/reporting.types';
import '../recruitment-event-errors.messages';

/** Far above any real event; the database's int is the real limit. */
const MAX_COUNT = 100_000;

export class AttendanceDto {
  @ApiProperty({ enum: Gender, enumName: 'PlacementGender' }) @IsEnum(Gender) gender: Gender;
  @ApiProperty({ enum: AgeBand, enumName: 'PlacementAgeBand' }) @IsEnum(AgeBand) ageBand: AgeBand;
  @ApiProperty({ example: 12, minimum: 1, description: 'Candidates of this gender and age band who attended' })
  @IsInt() @Min(1) @Max(MAX_COUNT)
  attendees: number;
}

export class CreateRecruitmentEventDto {
  @ApiProperty({ example: '2026-03-12', description: 'The day the event was held' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ example: 'Rekryteringsmässa lokalvård', maxLength: 200 })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  title: string;

  @ApiProperty({ example: 'Jobbtorg Stockholm', maxLength: 200 })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  organiser: string;

  @ApiPropertyOptional({ example: 'Rinkeby-Kista', maxLength: 100 })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(100)
  district?: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Participating suppliers (employers)' })
  @IsArray() @ArrayMaxSize(100) @ArrayUnique() @IsUUID('all', { each: true })
  supplierIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Participating pact members (Jobbpartners)' })
  @IsArray() @ArrayMaxSize(100) @ArrayUnique() @IsUUID('all', { each: true })
  pactMemberIds: string[];

  @ApiProperty({ type: [AttendanceDto], description: 'Candidates who attended, at most one row per gender and age band' })
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AttendanceDto)
  @ArrayUnique((row: AttendanceDto) => `${row?.gender}/${row?.ageBand}`, {
    message: 'attendance may have at most one row per gender and age band',
    context: { code: 'RECRUITMENT_EVENT_ATTENDANCE_UNIQUE' },
  })
  attendance: AttendanceDto[];

  @ApiProperty({ example: 20, minimum: 0, description: 'Interviews held at or after the event' })
  @IsInt() @Min(0) @Max(MAX_COUNT)
  interviews: number;

  @ApiProperty({ example: 6, minimum: 0 }) @IsInt() @Min(0) @Max(MAX_COUNT) offers: number;
  @ApiProperty({ example: 4, minimum: 0 }) @IsInt() @Min(0) @Max(MAX_COUNT) hires: number;

  @ApiPropertyOptional({ example: 'Två arbetsgivare vill ha ett nytt tillfälle i höst.', maxLength: 10000 })
  // Left out means none; null is refused, as the notes are text, empty when none.
  @ValidateIf((_, value) => value !== undefined) @trim @IsString() @MaxLength(10000)
  outcomeNotes?: string;
}

/** A given list (participants, attendance) replaces the whole list. Null is refused except for the district. */
export class UpdateRecruitmentEventDto extends PartialType(CreateRecruitmentEventDto, { skipNullProperties: false }) {}

export class ListRecruitmentEventsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Held on or after this day' })
  @IsOptional() @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Held on or before this day' })
  @IsOptional() @IsCalendarDate()
  to?: string;
}

export class EventParticipantDto {
  @ApiProperty({ enum: ['SUPPLIER', 'PACT_MEMBER'] }) type: 'SUPPLIER' | 'PACT_MEMBER';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) name: string;
}

export class RecruitmentEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-03-12' }) heldOn: string;
  @ApiProperty({ example: 'Rekryteringsmässa lokalvård' }) title: string;
  @ApiProperty({ example: 'Jobbtorg Stockholm' }) organiser: string;
  @ApiProperty({ nullable: true, example: 'Rinkeby-Kista' }) district: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) supplierIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) pactMemberIds: string[];
  @ApiProperty({ type: [EventParticipantDto], description: 'Suppliers then members, each by name' }) participants: EventParticipantDto[];
  @ApiProperty({ type: [AttendanceDto] }) attendance: AttendanceDto[];
  @ApiProperty({ example: 34 }) attendeesTotal: number;
  @ApiProperty({ example: 20 }) interviews: number;
  @ApiProperty({ example: 6 }) offers: number;
  @ApiProperty({ example: 4 }) hires: number;
  @ApiProperty({ example: '' }) outcomeNotes: string;
}

export class RecruitmentEventPageDto extends PageMetaDto {
  @ApiProperty({ type: [RecruitmentEventDto] }) items: RecruitmentEventDto[];
}
