import { ApiProperty } from '@nestjs/swagger';
import { NotHiredReason } from '../../matching/matching.types';
import { AgeBand, Gender } from '../../reporting/reporting.types';
import { JobbpartnerMeasure } from '../matching-results';

/** Offered and filled through the city's matching, for one category of a split. */
export class OfferedFilledDto {
  @ApiProperty({ example: 12, description: 'Referrals offered a position in the period (offered_on)' }) offered: number;
  @ApiProperty({ example: 7, description: 'Referrals hired with a start in the period (hired_start_date)' }) filled: number;
}

export class GenderOfferedFilledDto extends OfferedFilledDto {
  @ApiProperty({ enum: Gender, enumName: 'PlacementGender' }) gender: Gender;
}

export class AgeBandOfferedFilledDto extends OfferedFilledDto {
  @ApiProperty({ enum: AgeBand, enumName: 'PlacementAgeBand' }) ageBand: AgeBand;
}

export class ProgrammeOfferedFilledDto extends OfferedFilledDto {
  @ApiProperty({ description: 'Belongs to the establishment programme (etableringsprogrammet)' }) establishmentProgramme: boolean;
}

/** One of the seed's Jobbpartner measures, split as the pact results are (every category present). */
export class JobbpartnerMeasureDto extends OfferedFilledDto {
  @ApiProperty({ enum: JobbpartnerMeasure, enumName: 'JobbpartnerMeasure' }) measure: JobbpartnerMeasure;
  @ApiProperty({ type: [GenderOfferedFilledDto] }) byGender: GenderOfferedFilledDto[];
  @ApiProperty({ type: [AgeBandOfferedFilledDto] }) byAgeBand: AgeBandOfferedFilledDto[];
  @ApiProperty({ type: [ProgrammeOfferedFilledDto] }) byEstablishmentProgramme: ProgrammeOfferedFilledDto[];
}

export class GenderAttendanceDto {
  @ApiProperty({ enum: Gender, enumName: 'PlacementGender' }) gender: Gender;
  @ApiProperty({ example: 14 }) attendees: number;
}

export class AgeBandAttendanceDto {
  @ApiProperty({ enum: AgeBand, enumName: 'PlacementAgeBand' }) ageBand: AgeBand;
  @ApiProperty({ example: 9 }) attendees: number;
}

/** Recruitment events held in the period (held_on). */
export class RecruitmentEventFiguresDto {
  @ApiProperty({ example: 3 }) events: number;
  @ApiProperty({ example: 41 }) attendees: number;
  @ApiProperty({ type: [GenderAttendanceDto], description: 'Every gender, zeros included' }) attendeesByGender: GenderAttendanceDto[];
  @ApiProperty({ type: [AgeBandAttendanceDto], description: 'Every age band, zeros included' }) attendeesByAgeBand: AgeBandAttendanceDto[];
  @ApiProperty({ example: 20 }) interviews: number;
  @ApiProperty({ example: 8 }) offers: number;
  @ApiProperty({ example: 5 }) hires: number;
}

export class JobbpartnerResultsDto {
  @ApiProperty({
    example: 4,
    description: 'Pact members whose first letter of intent that includes JOB_PARTNER was signed in the period',
  })
  agreementsSigned: number;
  @ApiProperty({ type: [JobbpartnerMeasureDto], description: 'One entry per measure, in the seed’s order' }) measures: JobbpartnerMeasureDto[];
  @ApiProperty({ type: RecruitmentEventFiguresDto }) recruitmentEvents: RecruitmentEventFiguresDto;
}

export class NotHiredReasonCountDto {
  @ApiProperty({ enum: NotHiredReason, enumName: 'NotHiredReason' }) reason: NotHiredReason;
  @ApiProperty({ example: 2 }) count: number;
}

export class DaysToHireDto {
  @ApiProperty({ example: 7, description: 'Hires in the period (hired_start_date in the period)' }) hires: number;
  @ApiProperty({ nullable: true, example: 21, description: 'Median days from the vacancy’s created_on to the day the hire was agreed (hired_on); null without hires' })
  median: number | null;
  @ApiProperty({ nullable: true, example: 24.3, description: 'Mean of the same days, one decimal; null without hires' }) mean: number | null;
}

/** Matching figures of one employer side: the vacancies' pact member, or the member linked to the vacancy's supplier. */
export class MemberMatchingDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: 'Bygg & Fastighet Stockholm AB' }) name: string;
  @ApiProperty({ example: '556677-8899' }) orgNumber: string;
  @ApiProperty({ description: 'Its Jobbpartner agreement was signed in the period' }) agreementSigned: boolean;
  @ApiProperty({ example: 2 }) vacancies: number;
  @ApiProperty({ example: 5 }) positions: number;
  @ApiProperty({ example: 9 }) referred: number;
  @ApiProperty({ example: 4 }) offered: number;
  @ApiProperty({ example: 3 }) filled: number;
  @ApiProperty({ example: 1, description: 'Recruitment events in the period it took part in, itself or through a linked supplier' }) events: number;
}

/** Matching figures of one contracting unit: the unit of the procurement of the vacancy's tied contract. */
export class UnitMatchingDto {
  @ApiProperty({ nullable: true, example: 'Fastighetskontoret', description: 'null: vacancies tied to no contract ("no unit")' }) unit: string | null;
  @ApiProperty({ example: 2 }) vacancies: number;
  @ApiProperty({ example: 5 }) positions: number;
  @ApiProperty({ example: 9 }) referred: number;
  @ApiProperty({ example: 4 }) offered: number;
  @ApiProperty({ example: 3 }) filled: number;
}

export class MatchingResultsDto {
  @ApiProperty({ example: 6, description: 'Vacancies announced in the period (created_on)' }) vacancies: number;
  @ApiProperty({ example: 14, description: 'Their positions' }) positions: number;
  @ApiProperty({ example: 30, description: 'Referrals made in the period (referred_on)' }) referred: number;
  @ApiProperty({ example: 18, description: 'Referrals interviewed in the period (interviewed_on)' }) interviewed: number;
  @ApiProperty({ example: 12, description: 'Referrals offered in the period (offered_on)' }) offered: number;
  @ApiProperty({ example: 7, description: 'Referrals hired with a start in the period (hired_start_date)' }) hired: number;
  @ApiProperty({ example: 5, description: 'Referrals not hired, decided in the period (not_hired_on)' }) notHired: number;
  @ApiProperty({ type: [NotHiredReasonCountDto], description: 'Every reason, zeros included' }) notHiredByReason: NotHiredReasonCountDto[];
  @ApiProperty({ type: DaysToHireDto }) daysToHire: DaysToHireDto;
  @ApiProperty({ example: 21, description: 'Clause placements filled in the period, counted as the pact results count them' })
  clausePlacementsFilled: number;
  @ApiProperty({ example: 6, description: 'Of those, placements that came from a referral (placement.referral_id set)' })
  clausePlacementsThroughMatching: number;
  @ApiProperty({ example: 0.286, description: 'clausePlacementsThroughMatching / clausePlacementsFilled, three decimals; 0 without placements' })
  shareThroughMatching: number;
  @ApiProperty({ type: [MemberMatchingDto], description: 'Per pact member with any figure in the period, by name' }) byMember: MemberMatchingDto[];
  @ApiProperty({ type: [UnitMatchingDto], description: 'Per contracting unit with any figure, by name; "no unit" (null) last' }) byUnit: UnitMatchingDto[];
}
