import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ClauseParameters, ClauseType, PlacementsParameters, TargetGroup } from '../clause.types';
import { clauseSocialObjectives, SocialObjective } from '../eforms';
import { Clause } from '../entities/clause.entity';
import { ClauseVersion } from '../entities/clause-version.entity';
import { totalFullTimeMonths } from '../full-time-months';
import { DialogueParametersDto, IntegrationInitiativeParametersDto, PlacementsParametersDto } from './clause-parameters.dto';
import { trim } from '../../common/text';

/** May be left out, but not sent as null. */
const optional = () => ValidateIf((_object, value) => value !== undefined);
const parametersSchema = {
  description: 'The parameters of the clause type: DialogueParameters, PlacementsParameters or IntegrationInitiativeParameters',
  oneOf: [
    { $ref: getSchemaPath(DialogueParametersDto) },
    { $ref: getSchemaPath(PlacementsParametersDto) },
    { $ref: getSchemaPath(IntegrationInitiativeParametersDto) },
  ],
  example: {
    lines: [{ kind: 'EMPLOYMENT', count: 3, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 75, deadline: { contractMonth: 12 } }],
    earlyStartWithinMonths: 6,
    earlyEndingCreditPercent: 75,
  },
};

@ApiExtraModels(DialogueParametersDto, PlacementsParametersDto, IntegrationInitiativeParametersDto)
export class CreateClauseDto {
  @ApiProperty({ enum: ClauseType, example: ClauseType.Placements })
  @IsEnum(ClauseType)
  type: ClauseType;

  @ApiPropertyOptional({ example: 'Sysselsättningskrav för lokalvård', maxLength: 300, description: 'Defaults to the type’s Swedish name' })
  @optional() @trim @IsString() @IsNotEmpty() @MaxLength(300)
  title?: string;

  @ApiProperty({ enum: TargetGroup, isArray: true, example: [TargetGroup.Newcomer, TargetGroup.ForeignBornWomen] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(6) @ArrayUnique() @IsEnum(TargetGroup, { each: true })
  targetGroups: TargetGroup[];

  @ApiProperty(parametersSchema)
  @IsObject()
  parameters: Record<string, unknown>;

  @ApiPropertyOptional({ example: 3, default: 3, minimum: 1, maximum: 12, description: 'Follow-up reporting interval after award; 3 = quarterly' })
  @optional() @IsInt() @Min(1) @Max(12)
  reportingIntervalMonths?: number;
}

/** Any content field; `parameters` replaces the whole parameter object and is checked against the clause type. */
export class UpdateClauseDto extends PartialType(OmitType(CreateClauseDto, ['type'] as const), { skipNullProperties: false }) {
  @ApiPropertyOptional({
    example: 'Avtalad ändring: fler praktikplatser efter dialog med leverantören.',
    description: 'Required once the procurement is published: the change then makes a new version',
  })
  @optional() @trim @IsString() @IsNotEmpty() @MaxLength(2000)
  changeReason?: string;
}

export class ClauseTextQueryDto {
  @ApiPropertyOptional({ enum: ['text', 'markdown'], default: 'text' })
  @IsOptional() @IsIn(['text', 'markdown'])
  format: 'text' | 'markdown' = 'text';

  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv' })
  @IsOptional() @IsIn(['sv', 'en'])
  lang: 'sv' | 'en' = 'sv';

  @ApiPropertyOptional({ example: 1, description: 'A clause version; default the current one' })
  @IsOptional() @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value)) @IsInt() @Min(1)
  version?: number;
}

export class ProcurementTextQueryDto extends OmitType(ClauseTextQueryDto, ['version'] as const) {}

export class AnnexQueryDto {
  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv' })
  @IsOptional() @IsIn(['sv', 'en'])
  lang: 'sv' | 'en' = 'sv';
}

@ApiExtraModels(DialogueParametersDto, PlacementsParametersDto, IntegrationInitiativeParametersDto)
export class ClauseVersionDto {
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: 'Sysselsättningskrav' }) title: string;
  @ApiProperty({ enum: TargetGroup, isArray: true }) targetGroups: TargetGroup[];
  @ApiProperty(parametersSchema) parameters: ClauseParameters;
  @ApiProperty({ example: 3 }) reportingIntervalMonths: number;
  @ApiProperty({ nullable: true }) changeReason: string | null;
  @ApiProperty({ nullable: true, description: 'Set when the version went out in the published tender; it is then frozen' })
  publishedAt: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, example: 22.85, description: 'Placements only: total required full-time months' })
  totalFullTimeMonths: number | null;
  @ApiProperty({ enum: SocialObjective, isArray: true, example: ['et-eq', 'opp'], description: 'eForms BT-775 codes' })
  socialObjectives: SocialObjective[];

  static from(v: ClauseVersion, type: ClauseType): ClauseVersionDto {
    return {
      version: v.version,
      title: v.title,
      targetGroups: v.targetGroups,
      parameters: v.parameters,
      reportingIntervalMonths: v.reportingIntervalMonths,
      changeReason: v.changeReason,
      publishedAt: v.publishedAt ? v.publishedAt.toISOString() : null,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
      totalFullTimeMonths: type === ClauseType.Placements ? totalFullTimeMonths((v.parameters as PlacementsParameters).lines) : null,
      socialObjectives: clauseSocialObjectives(type, v.targetGroups, v.parameters),
    };
  }
}

export class ClauseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) procurementId: string;
  @ApiProperty({ example: 1, description: 'Clause number within the procurement, as printed in the annex' }) number: number;
  @ApiProperty({ enum: ClauseType }) type: ClauseType;
  @ApiProperty({ example: 1 }) currentVersion: number;
  @ApiProperty({ type: ClauseVersionDto, description: 'The current version' }) current: ClauseVersionDto;

  static from(clause: Clause, current: ClauseVersion): ClauseDto {
    return {
      id: clause.id,
      procurementId: clause.procurementId,
      number: clause.number,
      type: clause.type,
      currentVersion: clause.currentVersion,
      current: ClauseVersionDto.from(current, clause.type),
    };
  }
}

export class EformsClauseDto {
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ enum: ClauseType }) type: ClauseType;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ enum: SocialObjective, isArray: true, example: ['opp'] }) socialObjectives: SocialObjective[];
}

export class EformsDto {
  @ApiProperty({ format: 'uuid' }) procurementId: string;
  @ApiProperty({ example: 'AMN 2026-0178' }) referenceNumber: string;
  @ApiProperty({ enum: ['soc-obj', 'none'], example: 'soc-obj', description: 'BT-06 Strategic Procurement' }) strategicProcurement: 'soc-obj' | 'none';
  @ApiProperty({ enum: SocialObjective, isArray: true, example: ['et-eq', 'opp'], description: 'BT-775 Social Objective' })
  socialObjectives: SocialObjective[];
  @ApiProperty({ example: 'Sysselsättningsfrämjande krav: 1. Sysselsättningskrav', description: 'BT-777 Strategic Procurement Description' })
  description: string;
  @ApiProperty({ type: [EformsClauseDto] }) clauses: EformsClauseDto[];
  @ApiProperty({ example: { 'BT-06-Lot': 'soc-obj', 'BT-775-Lot': ['et-eq', 'opp'] }, description: 'The same values keyed by eForms business term' })
  fields: Record<string, unknown>;
}
