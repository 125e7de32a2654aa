import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageMetaDto } from '../../common/pagination';
import { PeriodFilterDto } from '../../common/filters/period-filter.dto';
import { Procurement } from '../entities/procurement.entity';
import { DEFAULT_BUYER_NAME, LabourIntensity, ProcurementKind, ProcurementStatus } from '../procurement.types';
import { trim } from '../../common/text';
import '../procurement.messages';

/** May be left out, but not sent as null (the column has no null). */
const optional = () => ValidateIf((_object, value) => value !== undefined);
const upperTrim = Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toUpperCase() : value));
/** The largest SEK amount accepted: well inside PostgreSQL bigint and JavaScript's safe integers. */
const MAX_SEK = 1_000_000_000_000;

export class CreateProcurementDto {
  @ApiProperty({ example: 'AMN 2026-0178', description: 'Diary number (diarienummer): unit, year, serial' })
  @upperTrim
  @Matches(/^[A-ZÅÄÖ][A-ZÅÄÖ0-9.]{0,11}( [A-ZÅÄÖ0-9.]{1,12})? \d{4}[-/]\d{1,6}$/, {
    message: 'referenceNumber must be a diary number such as AMN 2026-0178',
    context: { code: 'PROCUREMENT_REFERENCE_FORMAT' },
  })
  referenceNumber: string;

  @ApiProperty({ example: 'Lokalvård i arbetsmarknadsförvaltningens lokaler', maxLength: 300 })
  @trim @IsString() @IsNotEmpty() @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ example: 'Städning av kontor och Jobbtorg i hela staden.', maxLength: 5000 })
  @optional() @trim @IsString() @MaxLength(5000)
  description?: string;

  @ApiProperty({ example: 'Arbetsmarknadsnämnden', maxLength: 200 })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  contractingUnit: string;

  @ApiPropertyOptional({
    example: 'Stockholms stad',
    default: DEFAULT_BUYER_NAME,
    maxLength: 200,
    description: 'The party to the contract, "Beställaren" in the clause texts: the city or a city company',
  })
  @optional() @trim @IsString() @IsNotEmpty() @MaxLength(200)
  buyerName?: string;

  @ApiProperty({ enum: ProcurementKind, example: ProcurementKind.Services })
  @IsEnum(ProcurementKind)
  kind: ProcurementKind;

  @ApiProperty({ example: 24_000_000, description: 'Estimated contract value in SEK, whole kronor' })
  @IsInt() @Min(0) @Max(MAX_SEK)
  estimatedValueSek: number;

  @ApiProperty({ example: 36, minimum: 1, maximum: 240 })
  @IsInt() @Min(1) @Max(240)
  durationMonths: number;

  @ApiProperty({ enum: LabourIntensity, example: LabourIntensity.High })
  @IsEnum(LabourIntensity)
  labourIntensity: LabourIntensity;

  @ApiPropertyOptional({ example: false, default: false })
  @optional() @IsBoolean()
  frameworkAgreement?: boolean;

  @ApiPropertyOptional({
    example: 50,
    minimum: 1,
    maximum: 100,
    nullable: true,
    description: 'Share of the contract value that is labour cost, in per cent; the screening counts the placements volume on it. Left out or null: the default for the kind',
  })
  @IsOptional() @IsInt() @Min(1) @Max(100)
  labourCostPercent?: number | null;

  @ApiPropertyOptional({ example: '90910000-9', description: 'CPV code: eight digits and an optional check digit', nullable: true })
  @IsOptional() @trim @Matches(/^\d{8}(-\d)?$/, { message: 'cpvCode must be a CPV code such as 90910000-9', context: { code: 'PROCUREMENT_CPV_FORMAT' } })
  cpvCode?: string | null;

}

/** Any field may be left out; only `labourCostPercent` and `cpvCode` may be cleared with null. */
export class UpdateProcurementDto extends PartialType(CreateProcurementDto, { skipNullProperties: false }) {}

/** The procurements list's filters; `from`/`to`: procurements registered in the period (Stockholm days). */
export class ListProcurementsQueryDto extends PeriodFilterDto {
  @ApiPropertyOptional({ enum: ProcurementStatus })
  @IsOptional() @IsEnum(ProcurementStatus)
  status?: ProcurementStatus;

  @ApiPropertyOptional({ example: 'Arbetsmarknadsnämnden' })
  @IsOptional() @trim @IsString() @MaxLength(200)
  contractingUnit?: string;

  @ApiPropertyOptional({ description: 'Part of the title, reference number or the awarded supplier’s name', example: 'lokalvård' })
  @IsOptional() @trim @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only procurements awarded to this supplier' })
  @IsOptional() @IsUUID()
  supplierId?: string;
}

export class ProcurementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AMN 2026-0178' }) referenceNumber: string;
  @ApiProperty({ example: 'Lokalvård i arbetsmarknadsförvaltningens lokaler' }) title: string;
  @ApiProperty({ example: '' }) description: string;
  @ApiProperty({ example: 'Arbetsmarknadsnämnden' }) contractingUnit: string;
  @ApiProperty({ example: 'Stockholms stad' }) buyerName: string;
  @ApiProperty({ enum: ProcurementKind }) kind: ProcurementKind;
  @ApiProperty({ example: 24_000_000 }) estimatedValueSek: number;
  @ApiProperty({ example: 36 }) durationMonths: number;
  @ApiProperty({ enum: LabourIntensity }) labourIntensity: LabourIntensity;
  @ApiProperty() frameworkAgreement: boolean;
  @ApiProperty({ nullable: true, example: 50, description: 'Share of the contract value that is labour cost, in per cent; null: the default for the kind' })
  labourCostPercent: number | null;
  @ApiProperty({ nullable: true, example: '90910000-9' }) cpvCode: string | null;
  @ApiProperty({ enum: ProcurementStatus, example: ProcurementStatus.Draft }) status: ProcurementStatus;
  @ApiProperty({ nullable: true }) publishedAt: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(p: Procurement): ProcurementDto {
    return {
      id: p.id,
      referenceNumber: p.referenceNumber,
      title: p.title,
      description: p.description,
      contractingUnit: p.contractingUnit,
      buyerName: p.buyerName,
      kind: p.kind,
      estimatedValueSek: p.estimatedValueSek,
      durationMonths: p.durationMonths,
      labourIntensity: p.labourIntensity,
      frameworkAgreement: p.frameworkAgreement,
      labourCostPercent: p.labourCostPercent,
      cpvCode: p.cpvCode,
      status: p.status,
      publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null,
      createdBy: p.createdBy,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

export class ProcurementPageDto extends PageMetaDto {
  @ApiProperty({ type: [ProcurementDto] }) items: ProcurementDto[];
}
