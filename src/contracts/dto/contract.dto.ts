import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../../common/text';
import { PeriodFilterDto } from '../../common/filters/period-filter.dto';
import { todayInStockholm } from '../../common/calendar';
import { ContractPhase, contractPhase } from '../contract-phase';
import { ClauseParameters, ClauseType, TargetGroup } from '../../clauses/clause.types';
import { ClauseVersion } from '../../clauses/entities/clause-version.entity';
import { Clause } from '../../clauses/entities/clause.entity';
import { PageMetaDto } from '../../common/pagination';
import { ReportingPeriod } from '../../reporting/entities/reporting-period.entity';
import { SupplierContactInvitationDto } from '../../users/dto/user.dto';
import { Contract } from '../entities/contract.entity';

export class ContractDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) procurementId: string;
  @ApiProperty({ example: 'AMN 2026-0178' }) referenceNumber: string;
  @ApiProperty({ example: 'Lokalvård för Arbetsmarknadsförvaltningen' }) procurementTitle: string;
  @ApiProperty({ example: 'Arbetsmarknadsnämnden' }) contractingUnit: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) supplierName: string;
  @ApiProperty({ example: '2026-03-01' }) startDate: string;
  @ApiProperty({ example: '2028-02-29' }) endDate: string;
  @ApiProperty({ enum: ContractPhase, description: 'Where the contract stands today (Stockholm): not begun, running, or over' }) phase: ContractPhase;
  @ApiProperty({ example: 'officer-3f2c…' }) awardedBy: string;
  @ApiProperty() awardedAt: string;

  static from(contract: Contract): ContractDto {
    return {
      id: contract.id,
      procurementId: contract.procurementId,
      referenceNumber: contract.procurement?.referenceNumber ?? '',
      procurementTitle: contract.procurement?.title ?? '',
      contractingUnit: contract.procurement?.contractingUnit ?? '',
      supplierId: contract.supplierId,
      supplierName: contract.supplier?.name ?? '',
      startDate: contract.startDate,
      endDate: contract.endDate,
      phase: contractPhase(contract.startDate, contract.endDate, todayInStockholm()),
      awardedBy: contract.awardedBy,
      awardedAt: contract.awardedAt.toISOString(),
    };
  }
}

/** The answer to an award: the contract, and an invitation to offer the supplier's contact. */
export class AwardedContractDto extends ContractDto {
  @ApiProperty({ type: SupplierContactInvitationDto, nullable: true })
  supplierContactInvitation: SupplierContactInvitationDto | null;
}

export class ContractPageDto extends PageMetaDto {
  @ApiProperty({ type: [ContractDto] }) items: ContractDto[];
}

/** The contracts list's filters; `from`/`to`: contracts whose period overlaps it. */
export class ListContractsQueryDto extends PeriodFilterDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this supplier’s contracts (a supplier token always sees only its own)' })
  @IsOptional() @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ description: 'Part of the reference number, procurement title or supplier name', example: 'lokalvård' })
  @IsOptional() @trim @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ContractPhase, description: 'Where the contract stands today' })
  @IsOptional() @IsEnum(ContractPhase, { message: `status must be one of ${Object.values(ContractPhase).join(', ')}` })
  status?: ContractPhase;

  @ApiPropertyOptional({ example: 'Arbetsmarknadsnämnden', description: 'Exact contracting unit' })
  @IsOptional() @trim @IsString() @MaxLength(200)
  contractingUnit?: string;
}

export class ReportingPeriodDto {
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ example: '2026-03-01' }) periodStart: string;
  @ApiProperty({ example: '2026-05-31' }) periodEnd: string;
  @ApiProperty({ example: '2026-06-30' }) dueDate: string;
  @ApiProperty({ nullable: true }) submittedAt: string | null;
  @ApiProperty({ nullable: true, example: 'Två nya anställningar under kvartalet.' }) comment: string | null;

  static from(p: ReportingPeriod): ReportingPeriodDto {
    return {
      number: p.number,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      dueDate: p.dueDate,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      comment: p.comment,
    };
  }
}

/** A clause as followed up on a contract: its latest published version and reporting schedule. */
export class ContractClauseDto {
  @ApiProperty({ format: 'uuid' }) clauseId: string;
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ enum: ClauseType }) type: ClauseType;
  @ApiProperty({ example: 2, description: 'The published version followed up' }) version: number;
  @ApiProperty({ example: 'Anställning av personer långt från arbetsmarknaden' }) title: string;
  @ApiProperty({ enum: TargetGroup, isArray: true }) targetGroups: TargetGroup[];
  @ApiProperty({ type: 'object', additionalProperties: true }) parameters: ClauseParameters;
  @ApiProperty({ example: 3 }) reportingIntervalMonths: number;
  @ApiProperty({ type: [ReportingPeriodDto] }) periods: ReportingPeriodDto[];

  static from(clause: Clause, version: ClauseVersion, periods: ReportingPeriod[]): ContractClauseDto {
    return {
      clauseId: clause.id,
      number: clause.number,
      type: clause.type,
      version: version.version,
      title: version.title,
      targetGroups: version.targetGroups,
      parameters: version.parameters,
      reportingIntervalMonths: version.reportingIntervalMonths,
      periods: periods.map(ReportingPeriodDto.from),
    };
  }
}
