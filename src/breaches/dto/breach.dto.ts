import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/pagination';
import { RecoveryPlanDto } from '../../reporting/dto/clause-follow-up.dto';
import { BreachOutcome, BreachStatus, PenaltyUnit } from '../breach.types';
import { REMINDER_PROPERTY, ReminderSentDto } from '../../notifications/dto/reminder-sent.dto';

export class PenaltyTermsDto {
  @ApiProperty({ enum: PenaltyUnit }) unit: PenaltyUnit;
  @ApiProperty({ example: 20000 }) sekPerUnit: number;
  @ApiProperty({ example: 200000, description: 'The most all penalty decisions under the clause may claim together' }) capSek: number;
}

export class PenaltyPartDto {
  @ApiProperty({ example: 'Rad 1: anställning, start senast 2026-12-31' }) label: string;
  @ApiProperty({ example: 18 }) due: number;
  @ApiProperty({ example: 12.5 }) delivered: number;
  @ApiProperty({ example: 5.5 }) missing: number;
}

export class PenaltyCalculationDto {
  @ApiProperty({ example: '2027-02-01' }) asOf: string;
  @ApiProperty({ enum: PenaltyUnit }) unit: PenaltyUnit;
  @ApiProperty({ example: 18, description: 'Units due by asOf' }) due: number;
  @ApiProperty({ example: 12.5, description: 'Of those, delivered by asOf (by the clause-status rule)' }) delivered: number;
  @ApiProperty({ example: 5.5, description: 'max(0, due − delivered), per line for placements; 2 decimals' }) missing: number;
  @ApiProperty({ nullable: true, example: 20000 }) sekPerUnit: number | null;
  @ApiProperty({ example: 110000 }) grossSek: number;
  @ApiProperty({ nullable: true, example: 200000 }) capSek: number | null;
  @ApiProperty({ example: 0, description: 'Earlier PENALTY decisions under the clause' }) alreadyDecidedSek: number;
  @ApiProperty({ example: 110000, description: 'min(grossSek, capSek − alreadyDecidedSek), ≥ 0, whole kronor' }) amountSek: number;
  @ApiProperty() capped: boolean;
  @ApiProperty({ type: [PenaltyPartDto], description: 'Per line, meeting or milestone due' }) parts: PenaltyPartDto[];
  @ApiProperty({ example: '5,5 saknade heltidsmånader × 20 000 kr = 110 000 kr; tak 200 000 kr, redan beslutat 0 kr; vite 110 000 kr' })
  arithmetic: string;
}

export class BreachDecisionDto {
  @ApiProperty({ enum: BreachOutcome }) outcome: BreachOutcome;
  @ApiProperty({ example: '2027-02-01' }) asOf: string;
  @ApiProperty({ example: 110000, description: '0 when WAIVED' }) amountSek: number;
  @ApiProperty({ type: PenaltyCalculationDto, description: 'What a penalty was at asOf (also when waived)' }) calculation: PenaltyCalculationDto;
  @ApiProperty({ nullable: true }) motivation: string | null;
  @ApiProperty() decidedBy: string;
  @ApiProperty() decidedAt: string;
}

export class BreachWithdrawalDto {
  @ApiProperty() reason: string;
  @ApiProperty() withdrawnBy: string;
  @ApiProperty() withdrawnAt: string;
}

/** A remedy request (begäran om rättelse) with its recovery plans and its decision or withdrawal. */
export class BreachDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 'AMN 2026-0178', description: 'The procurement’s reference number' }) contractReference: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 1 }) clauseNumber: number;
  @ApiProperty({ example: 'Anställningar för långtidsarbetslösa' }) clauseTitle: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) supplierName: string;
  @ApiProperty({ example: 1, description: 'The clause version in force when the request was made: its terms apply' }) clauseVersion: number;
  @ApiProperty() missing: string;
  @ApiProperty({ example: '2027-01-31' }) dueDate: string;
  @ApiProperty({ enum: BreachStatus }) status: BreachStatus;
  @ApiProperty({ description: 'OPEN and today is after the due date: a decision is due' }) overdue: boolean;
  @ApiProperty() requestedBy: string;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ type: PenaltyTermsDto, nullable: true, description: 'null: no penalty; after the remedy period the contract’s general terms apply' })
  penaltyTerms: PenaltyTermsDto | null;
  @ApiProperty({ example: 30 }) remedyDays: number;
  @ApiProperty({ type: [RecoveryPlanDto], description: 'Newest first' }) recoveryPlans: RecoveryPlanDto[];
  @ApiProperty({ type: BreachDecisionDto, nullable: true }) decision: BreachDecisionDto | null;
  @ApiProperty({ type: BreachWithdrawalDto, nullable: true }) withdrawal: BreachWithdrawalDto | null;
}

export class RemedyRequestListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 'AMN 2026-0178' }) contractReference: string;
  @ApiProperty({ example: 'Arbetsmarknadsnämnden' }) contractingUnit: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) supplierName: string;
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 1 }) clauseNumber: number;
  @ApiProperty({ example: 'Anställningar för långtidsarbetslösa' }) clauseTitle: string;
  @ApiProperty({ example: '2027-01-31' }) dueDate: string;
  @ApiProperty({ enum: BreachStatus }) status: BreachStatus;
  @ApiProperty() overdue: boolean;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional({ enum: BreachOutcome, nullable: true }) outcome: BreachOutcome | null;
  @ApiPropertyOptional({ nullable: true, example: 110000 }) amountSek: number | null;
  @ApiProperty({ ...REMINDER_PROPERTY, description: 'When a notification about the request (requested, due soon, past due) last went out, and on how many occasions; null when none has' })
  reminder: ReminderSentDto | null;
}

export class RemedyRequestPageDto extends PageMetaDto {
  @ApiProperty({ type: [RemedyRequestListItemDto] }) items: RemedyRequestListItemDto[];
}
