import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';
import { PeriodFilterDto } from '../../common/filters/period-filter.dto';
import { BreachOutcome, BreachStatus } from '../breach.types';
import '../breach-errors.messages';

const LANGS = ['sv', 'en'] as const;

export class CreateRemedyRequestDto {
  @ApiProperty({
    example: 'Av de 24 heltidsmånader anställning som skulle vara påbörjade senast 2026-12-31 har 12,5 redovisats. Resterande 11,5 heltidsmånader ska tillsättas.',
    maxLength: 4000, description: 'What is missing and what must be remedied',
  })
  @trim @IsString() @IsNotEmpty() @MaxLength(4000) missing: string;

  @ApiPropertyOptional({ example: '2027-01-31', description: 'Remedy by this date; default today (Stockholm) + the clause’s remedy period. Must be after today' })
  @IsOptional() @IsCalendarDate('2027-01-31') dueDate?: string;
}

export class DecideBreachDto {
  @ApiProperty({ enum: BreachOutcome, description: 'PENALTY as the clause’s terms compute it, or WAIVED with a motivation' })
  @IsIn(Object.values(BreachOutcome), { message: 'outcome must be PENALTY or WAIVED', context: { code: 'BREACH_OUTCOME_VALUES' } }) outcome: BreachOutcome;

  @ApiPropertyOptional({ example: 'Leverantören har rättat bristen genom två nya anställningar.', maxLength: 4000, description: 'Required when WAIVED' })
  @ValidateIf((o) => o.outcome === BreachOutcome.Waived || o.motivation !== undefined)
  @trim @IsString() @IsNotEmpty({ message: 'motivation is required when the outcome is WAIVED', context: { code: 'BREACH_MOTIVATION_REQUIRED' } }) @MaxLength(4000)
  motivation?: string;

  @ApiPropertyOptional({ example: '2027-02-01', description: 'Judge the delivered figures at this date; default today. Not before the due date, not in the future' })
  @IsOptional() @IsCalendarDate('2027-02-01') asOf?: string;
}

export class WithdrawRemedyRequestDto {
  @ApiProperty({ example: 'Rapporterna var inte granskade när begäran skickades; kraven är uppfyllda.', maxLength: 2000 })
  @trim @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class LetterQueryDto {
  @ApiPropertyOptional({ enum: LANGS, default: 'sv' })
  @IsOptional() @IsIn(LANGS)
  lang: 'sv' | 'en' = 'sv';
}

export class PenaltyQueryDto extends LetterQueryDto {
  @ApiPropertyOptional({ example: '2027-02-01', description: 'Judge the delivered figures at this date; default today' })
  @IsOptional() @IsCalendarDate('2027-02-01') asOf?: string;
}

/** The remedy requests list's filters; `from`/`to`: contracts whose period overlaps it. */
export class RemedyRequestListQueryDto extends PeriodFilterDto {
  @ApiPropertyOptional({ enum: BreachStatus, default: BreachStatus.Open })
  @IsOptional() @IsIn(Object.values(BreachStatus), { message: 'status must be OPEN, DECIDED or WITHDRAWN' })
  status: BreachStatus = BreachStatus.Open;

  @ApiPropertyOptional({ example: 'Arbetsmarknadsnämnden', description: 'Exact contracting unit' })
  @IsOptional() @IsString() @MaxLength(200) contractingUnit?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this supplier’s contracts' })
  @IsOptional() @IsUUID() supplierId?: string;
}
