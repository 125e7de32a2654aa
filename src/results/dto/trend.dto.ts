import { ApiProperty } from '@nestjs/swagger';
import { VerificationStatus } from '../../reporting/reporting.types';

/** The five measures of one calendar quarter. */
export class QuarterMeasuresDto {
  @ApiProperty({ example: '2025-Q1', description: 'The quarter as YYYY-Qn (the web interface writes "2025 K1" in Swedish)' }) quarter: string;
  @ApiProperty({ example: '2025-01-01', description: 'First day of the quarter' }) from: string;
  @ApiProperty({ example: '2025-03-31', description: 'Last day of the quarter' }) to: string;
  @ApiProperty({ example: 12, description: '1. procurements published in the quarter with employment-promoting requirements' }) withClauses: number;
  @ApiProperty({ example: 7, description: '2. … with the dialogue requirement' }) withDialogue: number;
  @ApiProperty({ example: 5, description: '3. … with the placements requirement' }) withPlacements: number;
  @ApiProperty({ example: 9, description: '4. placements offered in the quarter' }) offered: number;
  @ApiProperty({ example: 6, description: '5. placements filled (started) in the quarter' }) filled: number;
}

export class TrendDto {
  @ApiProperty({ example: '2023-01-01', description: 'First day of the first quarter' }) from: string;
  @ApiProperty({ example: '2025-12-31', description: 'Last day of the last quarter' }) to: string;
  @ApiProperty({ nullable: true, example: null, description: 'The one contracting unit, or null for all' }) unit: string | null;
  @ApiProperty({ enum: VerificationStatus, isArray: true, example: ['ACCEPTED', 'PENDING'], description: 'Which reports count (env RESULTS_COUNT_VERIFICATION)' })
  countedVerificationStatuses: VerificationStatus[];
  @ApiProperty({ type: [QuarterMeasuresDto], description: 'Every quarter of the range in order, zeros included' }) quarters: QuarterMeasuresDto[];
}
