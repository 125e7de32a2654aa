import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { ClauseType, PlacementsParameters } from '../clauses/clause.types';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { Page, PaginationQueryDto } from '../common/pagination';
import { answered } from './answered';
import { CreatePlacementDto, PlacementDto, PlacementUploadDto, UpdatePlacementDto } from './dto/placement.dto';
import { Placement } from './entities/placement.entity';
import { IdempotencyContext } from './idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from './idempotency/idempotency.service';
import { placementRuleErrors } from './placement-rules';
import { parsePlacementsCsv } from './placements-csv';
import { ClauseOnContract, ReportAccessService } from './report-access.service';

const clauseKinds = (on: ClauseOnContract) => (on.version.parameters as PlacementsParameters).lines.map((l) => l.kind);

@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  create(contractId: string, clauseId: string, dto: CreatePlacementDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const on = await this.access.clause(contractId, clauseId, user, ClauseType.Placements, manager);
      const errors = placementRuleErrors(dto, clauseKinds(on));
      if (errors.length) throw new ValidationFailedException(errors);
      await this.assertReferenceFree(manager, on.contract.supplierId, dto.reference);
      const placement = await this.insert(manager, manager.create(Placement, {
        ...dto, supplierId: on.contract.supplierId, contractId, clauseId, createdBy: user.sub,
      }));
      const saved = PlacementDto.from(placement);
      await this.audit.record(manager, user, { entityType: 'placement', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  /** All rows are validated first; either every placement is stored or none, with an error per row. */
  upload(contractId: string, clauseId: string, file: Buffer, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, file, async (manager): Promise<PlacementUploadDto> => {
      const on = await this.access.clause(contractId, clauseId, user, ClauseType.Placements, manager);
      const { rows, errors } = parsePlacementsCsv(file, clauseKinds(on));
      const taken = await manager.find(Placement, {
        where: { supplierId: on.contract.supplierId, reference: In(rows.map((r) => r.input.reference).filter((r) => typeof r === 'string')) },
      });
      for (const row of rows) {
        const existing = taken.find((p) => p.reference === row.input.reference);
        if (existing) {
          const field = `rows.${row.line}.reference`;
          errors.push({ field, messages: [`${field} ${row.input.reference} is already reported by this supplier (placement ${existing.id})`] });
        }
      }
      if (errors.length) throw new ValidationFailedException(errors);
      const placements = rows.map(({ input }) => manager.create(Placement, {
        ...input, supplierId: on.contract.supplierId, contractId, clauseId, createdBy: user.sub,
      }));
      const items = (await this.insert(manager, placements)).map(PlacementDto.from);
      for (const saved of items) {
        await this.audit.record(manager, user, { entityType: 'placement', entityId: saved.id, action: 'CREATE', after: { ...saved, source: 'csv' } });
      }
      return { stored: items.length, items };
    });
  }

  async list(contractId: string, clauseId: string, query: PaginationQueryDto, user: AuthUser): Promise<Page<PlacementDto>> {
    await this.access.clause(contractId, clauseId, user, ClauseType.Placements);
    const [rows, total] = await this.dataSource.manager.findAndCount(Placement, {
      where: { contractId, clauseId }, order: { offeredDate: 'ASC', reference: 'ASC' }, take: query.limit, skip: query.offset,
    });
    return { items: rows.map(PlacementDto.from), total, limit: query.limit, offset: query.offset };
  }

  async get(contractId: string, clauseId: string, id: string, user: AuthUser): Promise<PlacementDto> {
    await this.access.clause(contractId, clauseId, user, ClauseType.Placements);
    const placement = await this.dataSource.manager.findOneBy(Placement, { id, contractId, clauseId });
    if (!placement) throw new NotFoundException(`Placement ${id} not found`);
    return PlacementDto.from(placement);
  }

  /** An end date, an early ending or a correction; answering a questioned report sends it back for verification. */
  update(contractId: string, clauseId: string, id: string, dto: UpdatePlacementDto, user: AuthUser): Promise<PlacementDto> {
    return this.dataSource.transaction(async (manager) => {
      const on = await this.access.clause(contractId, clauseId, user, ClauseType.Placements, manager);
      const placement = await manager.findOne(Placement, { where: { id, contractId, clauseId }, lock: { mode: 'pessimistic_write' } });
      if (!placement) throw new NotFoundException(`Placement ${id} not found`);
      const before = PlacementDto.from(placement);
      Object.assign(placement, dto);
      const errors = placementRuleErrors(placement, clauseKinds(on));
      if (errors.length) throw new ValidationFailedException(errors);
      const after = PlacementDto.from(await manager.save(answered(placement)));
      await this.audit.record(manager, user, { entityType: 'placement', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  private async assertReferenceFree(manager: EntityManager, supplierId: string, reference: string): Promise<void> {
    const existing = await manager.findOneBy(Placement, { supplierId, reference });
    if (existing) throw duplicate(reference, existing.id, existing.contractId);
  }

  /** Saves (in multi-row inserts), turning a lost race on the unique reference into the same 409 as the check before it. */
  private async insert<T extends Placement | Placement[]>(manager: EntityManager, placements: T): Promise<T> {
    try {
      return await manager.save(placements, { chunk: 500 });
    } catch (error) {
      const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      if (error instanceof QueryFailedError && constraint === 'placement_reference_unique') {
        throw Array.isArray(placements)
          ? new ConflictException('A reference in this file was reported by this supplier meanwhile; upload the file again to see which')
          : duplicate(placements.reference);
      }
      throw error;
    }
  }
}

function duplicate(reference: string, placementId?: string, contractId?: string): ConflictException {
  const where = placementId ? ` (placement ${placementId} on contract ${contractId})` : '';
  return new ConflictException(
    `Reference ${reference} is already reported by this supplier${where}; each placement is reported once across all contracts`,
  );
}
