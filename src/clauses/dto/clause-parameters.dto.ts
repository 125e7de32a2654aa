import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PlacementKind } from '../clause.types';
import { trim } from '../../common/text';
import { IsCalendarDate } from '../../common/calendar-date';

/** May be left out, but not sent as null: stored parameters are read by the follow-up without null checks. */
const optional = () => ValidateIf((_object, value) => value !== undefined);
const isoDate = () => IsISO8601({ strict: true }, { message: '$property must be a date such as 2027-06-30', context: { code: 'FIELD_DATE_EXAMPLE', params: { example: '2027-06-30' } } });

export class CityContactDto {
  @ApiPropertyOptional({ example: 'Anna Lind' }) @optional() @trim @IsString() @MaxLength(200) name?: string;
  @ApiProperty({ example: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen' }) @trim @IsString() @IsNotEmpty() @MaxLength(200) unit: string;
  @ApiPropertyOptional({ example: 'jobbtorg@stockholm.se' }) @optional() @trim @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ example: '08-508 35 000' }) @optional() @trim @Matches(/^[0-9 +\-()]{5,30}$/, { message: '$property must be a phone number', context: { code: 'FIELD_PHONE', params: { example: '08-508 35 000' } } }) phone?: string;
}

const remedyDays = () => [
  ApiPropertyOptional({ example: 30, default: 30, description: 'Days the supplier has to remedy a breach after a written remedy request (rättelse)' }),
  optional(),
  IsInt(),
  Min(5),
  Max(180),
];

const capSek = () => [
  ApiProperty({ example: 200_000, description: 'The most all penalty decisions under this clause can claim together, in SEK' }),
  IsInt(),
  Min(1),
  Max(1_000_000_000),
];

const sekPerUnit = (example: number, description: string) => [ApiProperty({ example, description }), IsInt(), Min(1), Max(100_000_000)];

const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class DialoguePenaltyTermsDto {
  @apply(sekPerUnit(25_000, 'Penalty in SEK per required meeting not held by the decision date')) sekPerMissedMeeting: number;
  @apply(capSek()) capSek: number;
}

export class PlacementsPenaltyTermsDto {
  @apply(sekPerUnit(20_000, 'Penalty in SEK per full-time month missing of the volume due by the decision date (fractions pro rata)'))
  sekPerMissingFullTimeMonth: number;
  @apply(capSek()) capSek: number;
}

export class InitiativePenaltyTermsDto {
  @apply(sekPerUnit(25_000, 'Penalty in SEK per milestone due by the decision date and not completed')) sekPerMissedMilestone: number;
  @apply(capSek()) capSek: number;
}

export class DialogueParametersDto {
  @ApiProperty({ example: 8, description: 'The first meeting is held within this many weeks of contract start' })
  @IsInt() @Min(1) @Max(104)
  firstMeetingWithinWeeks: number;

  @ApiProperty({ example: 2, description: 'Follow-up meetings during the contract' })
  @IsInt() @Min(0) @Max(24)
  followUpMeetings: number;

  @ApiProperty({ type: CityContactDto })
  @ValidateNested() @Type(() => CityContactDto)
  cityContact: CityContactDto;

  @apply(remedyDays()) remedyDays?: number;

  @ApiPropertyOptional({ type: DialoguePenaltyTermsDto, description: 'Leave out for no penalty: a breach is then handled under the general terms' })
  @optional() @ValidateNested() @Type(() => DialoguePenaltyTermsDto)
  penalty?: DialoguePenaltyTermsDto;
}

export class PlacementLengthDto {
  @ApiProperty({ example: 6 }) @IsInt() @Min(1) @Max(520) value: number;
  @ApiProperty({ enum: ['MONTHS', 'WEEKS'], example: 'MONTHS' }) @IsIn(['MONTHS', 'WEEKS']) unit: 'MONTHS' | 'WEEKS';
}

export class PlacementDeadlineDto {
  @ApiPropertyOptional({ example: '2027-12-31', description: 'Placements count when started by this date; or use contractMonth' })
  @optional() @IsCalendarDate('2027-06-30') @isoDate()
  date?: string;

  @ApiPropertyOptional({ example: 12, description: 'Placements count when started by the end of this contract month (1 = the first)' })
  @optional() @IsInt() @Min(1) @Max(240)
  contractMonth?: number;
}

/** The volume in full-time months is the requirement; head count, minimum length and deadline refine it. */
export class PlacementLineDto {
  @ApiProperty({ enum: PlacementKind, example: PlacementKind.Employment }) @IsEnum(PlacementKind) kind: PlacementKind;
  @ApiPropertyOptional({ example: 3, description: 'Required head count; leave out to require the volume alone' })
  @optional() @IsInt() @Min(1) @Max(10_000)
  count?: number;

  @ApiPropertyOptional({
    example: 18,
    description:
      'Required volume in full-time months (months × working-time share); may be left out only when count and minLength are given, and then is count × minimum length × minimum working time',
  })
  @optional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.01) @Max(100_000)
  fullTimeMonths?: number;

  @ApiPropertyOptional({ type: PlacementLengthDto, description: 'Shortest agreed length a placement must have to count; leave out for any length' })
  @optional() @ValidateNested() @Type(() => PlacementLengthDto)
  minLength?: PlacementLengthDto;

  @ApiProperty({ example: 75, description: 'Minimum working time, % of full time' }) @IsInt() @Min(1) @Max(100) minWorkingTimePercent: number;

  @ApiPropertyOptional({ type: PlacementDeadlineDto, description: 'Leave out for the contract end' })
  @optional() @ValidateNested() @Type(() => PlacementDeadlineDto)
  deadline?: PlacementDeadlineDto;
}

export class PlacementBonusDto {
  @ApiProperty({ example: 20_000, description: 'Bonus in SEK per full-time month beyond the requirement' })
  @IsInt() @Min(1) @Max(10_000_000)
  sekPerExtraFullTimeMonth: number;

  @ApiPropertyOptional({ example: 200_000 }) @optional() @IsInt() @Min(1) @Max(1_000_000_000) maxSek?: number;

  @ApiPropertyOptional({ example: 'Minst hälften av anställningarna går till kvinnor.' })
  @optional() @trim @IsString() @IsNotEmpty() @MaxLength(2000)
  genderEqualityMeasures?: string;
}

export class PlacementsParametersDto {
  @ApiProperty({ type: [PlacementLineDto] })
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PlacementLineDto)
  lines: PlacementLineDto[];

  @ApiPropertyOptional({ example: 6, default: 6, description: 'At least one placement started or offered within this many months' })
  @optional() @IsInt() @Min(1) @Max(240)
  earlyStartWithinMonths?: number;

  @ApiPropertyOptional({
    example: 75,
    default: 75,
    description:
      'The early-ending condition: an employment ended early by the employee or for just cause counts its whole agreed time when at least this % of it was worked',
  })
  @optional() @IsInt() @Min(0) @Max(100)
  earlyEndingCreditPercent?: number;

  @ApiPropertyOptional({ type: PlacementBonusDto }) @optional() @ValidateNested() @Type(() => PlacementBonusDto) bonus?: PlacementBonusDto;

  @apply(remedyDays()) remedyDays?: number;

  @ApiPropertyOptional({ type: PlacementsPenaltyTermsDto, description: 'Leave out for no penalty: a breach is then handled under the general terms' })
  @optional() @ValidateNested() @Type(() => PlacementsPenaltyTermsDto)
  penalty?: PlacementsPenaltyTermsDto;
}

export class MilestoneDto {
  @ApiProperty({ example: 'Mentorprogram startat' }) @trim @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @ApiProperty({ example: '2027-09-30' }) @IsCalendarDate('2027-06-30') @isoDate() dueDate: string;
  @ApiPropertyOptional({ example: 'Tio mentorer från företaget matchas med nyanlända.' })
  @optional() @trim @IsString() @MaxLength(2000)
  description?: string;
}

export class IntegrationInitiativeParametersDto {
  @ApiProperty({ example: 'Företaget utvidgar sitt mentorprogram för nyanlända till Stockholm.' })
  @trim @IsString() @IsNotEmpty() @MaxLength(5000)
  description: string;

  @ApiProperty({ type: [MilestoneDto] })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => MilestoneDto)
  milestones: MilestoneDto[];

  @apply(remedyDays()) remedyDays?: number;

  @ApiPropertyOptional({ type: InitiativePenaltyTermsDto, description: 'Leave out for no penalty: a breach is then handled under the general terms' })
  @optional() @ValidateNested() @Type(() => InitiativePenaltyTermsDto)
  penalty?: InitiativePenaltyTermsDto;
}
