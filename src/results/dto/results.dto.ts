import { ApiProperty } from '@nestjs/swagger';
import { ClauseType } from '../../clauses/clause.types';
import { AgeBand, Gender, VerificationStatus } from '../../reporting/reporting.types';
import { JobbpartnerResultsDto, MatchingResultsDto } from './matching-results.dto';

export class PeriodDto {
  @ApiProperty({ example: '2025-01-01' }) from: string;
  @ApiProperty({ example: '2025-12-31' }) to: string;
  @ApiProperty({ nullable: true, example: null, description: 'The one contracting unit, or null for all' }) unit: string | null;
}

/** Measures 1–3 (and initiatives) for procurements published in the period, never CANCELLED ones. */
export class ProcurementMeasuresDto {
  @ApiProperty({ example: 120, description: 'Procurements published in the period' }) published: number;
  @ApiProperty({ example: 40, description: '1. with employment-promoting requirements (any clause)' }) withClauses: number;
  @ApiProperty({ example: 25, description: '2. with the dialogue requirement' }) withDialogue: number;
  @ApiProperty({ example: 18, description: '3. with the placements requirement' }) withPlacements: number;
  @ApiProperty({ example: 4, description: 'with an integration-initiative clause' }) withIntegrationInitiative: number;
}

/** Measures 4 and 5: placements offered (by offered_date) and filled (by start_date) in the period. */
export class PlacementFiguresDto {
  @ApiProperty({ example: 30, description: '4. placements offered in the period' }) offered: number;
  @ApiProperty({ example: 21, description: '5. placements filled (started) in the period' }) filled: number;
  @ApiProperty({ example: 17, description: 'Of those filled, how many count toward a requirement (kind, target group, minimums, dates)' })
  countingTowardRequirement: number;
  @ApiProperty({ example: 96.5, description: 'Full-time months worked in the period by placements that count toward a requirement' })
  fullTimeMonths: number;
}

export class GenderFiguresDto extends PlacementFiguresDto {
  @ApiProperty({ enum: Gender, enumName: 'PlacementGender' }) gender: Gender;
}

export class AgeBandFiguresDto extends PlacementFiguresDto {
  @ApiProperty({ enum: AgeBand, enumName: 'PlacementAgeBand' }) ageBand: AgeBand;
}

export class ProgrammeFiguresDto extends PlacementFiguresDto {
  @ApiProperty({ description: 'Belongs to the establishment programme (etableringsprogrammet)' }) establishmentProgramme: boolean;
}

export class GenderAgeBandFiguresDto extends PlacementFiguresDto {
  @ApiProperty({ enum: Gender, enumName: 'PlacementGender' }) gender: Gender;
  @ApiProperty({ enum: AgeBand, enumName: 'PlacementAgeBand' }) ageBand: AgeBand;
}

export class GenderProgrammeFiguresDto extends PlacementFiguresDto {
  @ApiProperty({ enum: Gender, enumName: 'PlacementGender' }) gender: Gender;
  @ApiProperty() establishmentProgramme: boolean;
}

export class PlacementMeasuresDto extends PlacementFiguresDto {
  @ApiProperty({ type: [GenderFiguresDto], description: 'Every gender, zeros included' }) byGender: GenderFiguresDto[];
  @ApiProperty({ type: [AgeBandFiguresDto] }) byAgeBand: AgeBandFiguresDto[];
  @ApiProperty({ type: [ProgrammeFiguresDto] }) byEstablishmentProgramme: ProgrammeFiguresDto[];
  @ApiProperty({ type: [GenderAgeBandFiguresDto] }) byGenderAndAgeBand: GenderAgeBandFiguresDto[];
  @ApiProperty({ type: [GenderProgrammeFiguresDto] }) byGenderAndProgramme: GenderProgrammeFiguresDto[];
}

/** Fulfilment to date of the clauses of the procurements counted in the period. */
export class ClauseFulfilmentDto {
  @ApiProperty({ enum: ClauseType, enumName: 'ClauseType' }) type: ClauseType;
  @ApiProperty({ example: 18 }) clauses: number;
  @ApiProperty({ example: 3, description: 'Clauses with no counted report at all' }) withoutReports: number;
  @ApiProperty({ example: 9, description: 'Clauses whose stored status is FULFILLED' }) fulfilled: number;
  @ApiProperty({ example: 2, description: 'Clauses whose stored status is AT_RISK' }) atRisk: number;
  @ApiProperty({ example: 1, description: 'Clauses whose stored status is NOT_FULFILLED' }) notFulfilled: number;
  @ApiProperty({ example: 0.5, description: 'fulfilled / clauses, 0 when there are no clauses' }) fulfilmentRate: number;
}

export class FullTimeMonthsDto {
  @ApiProperty({ example: 540, description: 'Sum of the placements lines’ required full-time months' }) required: number;
  @ApiProperty({ example: 310.5, description: 'Full-time months delivered on those clauses to date, as their statuses count them' }) delivered: number;
  @ApiProperty({ example: 42, description: 'Full-time months agreed on those clauses but not yet worked' }) committed: number;
  @ApiProperty({ example: 60, description: 'Sum of the lines’ required head count' }) requiredPlacements: number;
  @ApiProperty({ example: 41 }) filledPlacements: number;
}

export class IntegrationInitiativesDto {
  @ApiProperty({ example: 4 }) clauses: number;
  @ApiProperty({ example: 12 }) milestones: number;
  @ApiProperty({ example: 7 }) milestonesCompleted: number;
  @ApiProperty({ example: 85, description: 'Participants reported in the initiatives’ progress reports' }) participants: number;
}

/** Breach decisions taken in the period (by their decision date), as stored. */
export class PenaltyResultsDto {
  @ApiProperty({ example: 3, description: 'Decisions on remedy requests' }) decisions: number;
  @ApiProperty({ example: 2, description: 'Decisions to claim a penalty (vite)' }) penaltyDecisions: number;
  @ApiProperty({ example: 1, description: 'Decisions to waive the penalty' }) waivedDecisions: number;
  @ApiProperty({ example: 130000, description: 'Penalties decided, SEK' }) amountSek: number;
}

export class UnitResultsDto extends PlacementFiguresDto {
  @ApiProperty({ example: 'Fastighetskontoret' }) unit: string;
  @ApiProperty({ type: ProcurementMeasuresDto }) procurements: ProcurementMeasuresDto;
  @ApiProperty({ type: PenaltyResultsDto }) penalties: PenaltyResultsDto;
  @ApiProperty({ type: [GenderFiguresDto] }) byGender: GenderFiguresDto[];
}

export class SupplierResultsDto extends PlacementFiguresDto {
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) name: string;
  @ApiProperty({ example: '556036-0793' }) orgNumber: string;
  @ApiProperty({ type: [GenderFiguresDto] }) byGender: GenderFiguresDto[];
}

/** Measures 4 and 5 of a pact member: the sum over the suppliers linked to it (pact_member_supplier_link). */
export class PactMemberResultsDto extends PlacementFiguresDto {
  @ApiProperty({ format: 'uuid', example: '3f6c2a9e-8b1d-4c57-9e2a-5d7f0b4c1a63' }) memberId: string;
  @ApiProperty({ example: 'Bygg & Fastighet Stockholm AB' }) name: string;
  @ApiProperty({ example: '556677-8899' }) orgNumber: string;
  @ApiProperty({ type: [GenderFiguresDto], description: 'Every gender, zeros included' }) byGender: GenderFiguresDto[];
}

export class ResultsDto {
  @ApiProperty({ type: PeriodDto }) period: PeriodDto;
  @ApiProperty({
    enum: VerificationStatus,
    isArray: true,
    example: ['ACCEPTED', 'PENDING'],
    description: 'Which reports count (env RESULTS_COUNT_VERIFICATION)',
  })
  countedVerificationStatuses: VerificationStatus[];
  @ApiProperty({ type: ProcurementMeasuresDto }) procurements: ProcurementMeasuresDto;
  @ApiProperty({ type: PlacementMeasuresDto }) placements: PlacementMeasuresDto;
  @ApiProperty({ type: [ClauseFulfilmentDto], description: 'One entry per clause type' }) clauses: ClauseFulfilmentDto[];
  @ApiProperty({ type: FullTimeMonthsDto }) fullTimeMonths: FullTimeMonthsDto;
  @ApiProperty({ type: IntegrationInitiativesDto }) integrationInitiatives: IntegrationInitiativesDto;
  @ApiProperty({ type: PenaltyResultsDto, description: 'Breach decisions taken in the period, by decision date' }) penalties: PenaltyResultsDto;
  @ApiProperty({ type: [UnitResultsDto], description: 'Per contracting unit with any figure in the period' }) units: UnitResultsDto[];
  @ApiProperty({ type: [SupplierResultsDto], description: 'Per supplier with placements in the period' }) suppliers: SupplierResultsDto[];
  @ApiProperty({
    type: [PactMemberResultsDto],
    description:
      'Per pact member with at least one linked supplier with placements in the period: the sum of its linked suppliers’ figures, same period, unit and verification rules',
  })
  pactMembers: PactMemberResultsDto[];
  @ApiProperty({ type: JobbpartnerResultsDto, description: 'The seed’s Jobbpartner measures (docs/matching.md, Results)' })
  jobbpartner: JobbpartnerResultsDto;
  @ApiProperty({ type: MatchingResultsDto, description: 'The city’s matching: vacancies, referrals, hires (docs/matching.md, Results)' })
  matching: MatchingResultsDto;
}

/** The Jobbpartner measures and the matching figures, as GET /api/results/matching serves them alone. */
export class MatchingResultsResponseDto {
  @ApiProperty({ type: PeriodDto }) period: PeriodDto;
  @ApiProperty({ type: JobbpartnerResultsDto }) jobbpartner: JobbpartnerResultsDto;
  @ApiProperty({ type: MatchingResultsDto }) matching: MatchingResultsDto;
}
