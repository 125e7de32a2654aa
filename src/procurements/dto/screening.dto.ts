import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Coded, Lang } from '../../common/i18n';
import { renderReasons } from '../../common/coded-text';
import { CodedTextDto } from '../../common/coded-text.dto';
import { ScreeningDecision } from '../entities/screening-decision.entity';
import { ScreeningRecommendation } from '../procurement.types';
import { ScreeningResult } from '../screening';

export class ScreeningResultDto {
  @ApiProperty({ enum: ScreeningRecommendation, isArray: true, example: [ScreeningRecommendation.Placements] })
  recommendations: ScreeningRecommendation[];

  @ApiProperty({ example: 24, description: 'Suggested placements volume in full-time months; 0 unless placements are recommended' })
  suggestedFullTimeMonths: number;

  @ApiProperty({
    type: [String], description: 'In the language of Accept-Language (Swedish unless English is asked for)',
    example: ['Personalintensitet hög, 36 månader (minst 24) och 24 000 000 kr (minst 5 000 000 kr): ett skarpt krav på numerärer passar.'],
  })
  reasons: string[];

  @ApiProperty({ type: [CodedTextDto], description: 'The reasons as codes with their parameters, in the same order' })
  reasonCodes: Coded[];

  /** A decision recorded before reasons had codes holds them as plain (English) strings. */
  static from(result: Omit<ScreeningResult, 'reasons'> & { reasons: (Coded | string)[] }, lang: Lang): ScreeningResultDto {
    return { recommendations: [...result.recommendations], suggestedFullTimeMonths: result.suggestedFullTimeMonths, ...renderReasons(result.reasons, lang) };
  }
}

/** Upphandlingsmyndigheten's suitability checklist: what makes a social clause work in practice. */
const CHECKLIST = {
  politicalMandate: 'Is there a political mandate (politiskt uppdrag) for social clauses in this procurement?',
  matchingContact: 'Is there a named matching contact at the city (utsedd matchningskontakt) to match candidates to the supplier?',
  regionalNetwork: 'Is there a regional network (regionalt nätverk) of employment services and organisations to find candidates?',
};
const NOT_RECORDED = ' null: recorded before the checklist was asked.';

export class RecordScreeningDecisionDto {
  @ApiProperty({ example: true, description: 'true: clauses are set; false: no clause suits this procurement' })
  @IsBoolean()
  clausesSet: boolean;

  @ApiProperty({ example: 'Personalintensiv tjänst över tre år; skarpt krav på sysselsättning passar.', maxLength: 5000 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @IsNotEmpty() @MaxLength(5000)
  motivation: string;

  @ApiProperty({ example: true, description: CHECKLIST.politicalMandate })
  @IsBoolean()
  politicalMandate: boolean;

  @ApiProperty({ example: true, description: CHECKLIST.matchingContact })
  @IsBoolean()
  matchingContact: boolean;

  @ApiProperty({ example: false, description: CHECKLIST.regionalNetwork })
  @IsBoolean()
  regionalNetwork: boolean;
}

export class ScreeningDecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) procurementId: string;
  @ApiProperty({ type: ScreeningResultDto, description: 'What the screening recommended when the decision was made' })
  screening: ScreeningResultDto;
  @ApiProperty() clausesSet: boolean;
  @ApiProperty() motivation: string;
  @ApiProperty({ nullable: true, description: CHECKLIST.politicalMandate + NOT_RECORDED }) politicalMandate: boolean | null;
  @ApiProperty({ nullable: true, description: CHECKLIST.matchingContact + NOT_RECORDED }) matchingContact: boolean | null;
  @ApiProperty({ nullable: true, description: CHECKLIST.regionalNetwork + NOT_RECORDED }) regionalNetwork: boolean | null;
  @ApiProperty() decidedBy: string;
  @ApiProperty() decidedAt: string;

  static from(d: ScreeningDecision, lang: Lang): ScreeningDecisionDto {
    return {
      id: d.id,
      procurementId: d.procurementId,
      screening: ScreeningResultDto.from(d.screening, lang),
      clausesSet: d.clausesSet,
      motivation: d.motivation,
      politicalMandate: d.politicalMandate,
      matchingContact: d.matchingContact,
      regionalNetwork: d.regionalNetwork,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt.toISOString(),
    };
  }
}

export class ScreeningDto {
  @ApiProperty({ type: ScreeningResultDto, description: 'The recommendation for the procurement as it stands now' })
  recommendation: ScreeningResultDto;

  @ApiProperty({ type: ScreeningDecisionDto, nullable: true, description: 'The latest recorded decision, which is the one that counts' })
  decision: ScreeningDecisionDto | null;
}
