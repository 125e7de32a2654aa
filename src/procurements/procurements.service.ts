import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { todayInStockholm } from '../common/calendar';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { escapeLike } from '../common/text';
import { CreateProcurementDto, ListProcurementsQueryDto, ProcurementDto, UpdateProcurementDto } from './dto/procurement.dto';
import { PublishProcurementDto } from './dto/publish.dto';
import { RecordScreeningDecisionDto, ScreeningDecisionDto, ScreeningDto, ScreeningResultDto } from './dto/screening.dto';
import { Procurement } from './entities/procurement.entity';
import { ScreeningDecision } from './entities/screening-decision.entity';
import { checkTransition, isDraft } from './procurement-lifecycle';
import { ProcurementStatus } from './procurement.types';
import { checkPublicationDay, publicationMoment } from './publication-date';
import { PublicationGuard } from './publication-guard';
import { Lang } from '../common/i18n';
import { screen, ScreeningThresholds } from './screening';
import { SCREENING_THRESHOLDS } from './screening-config';
import { conflict, notFound } from '../common/errors/coded-exception';
import './procurement.messages';

@Injectable()
export class ProcurementsService {
  constructor(
    @InjectRepository(Procurement) private readonly procurements: Repository<Procurement>,
    @InjectRepository(ScreeningDecision) private readonly decisions: Repository<ScreeningDecision>,
    @Inject(SCREENING_THRESHOLDS) private readonly thresholds: ScreeningThresholds,
    private readonly publication: PublicationGuard,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateProcurementDto, user: AuthUser): Promise<ProcurementDto> {
    await this.assertReferenceFree(dto.referenceNumber);
    return this.procurements.manager.transaction(async (manager) => {
      const saved = ProcurementDto.from(await manager.save(manager.create(Procurement, { ...dto, createdBy: user.sub })));
      await this.audit.record(manager, user, { entityType: 'procurement', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async list(query: ListProcurementsQueryDto): Promise<Page<ProcurementDto>> {
    const qb = this.procurements.createQueryBuilder('p').orderBy('p.created_at', 'DESC').addOrderBy('p.id');
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.contractingUnit) qb.andWhere('p.contracting_unit = :unit', { unit: query.contractingUnit });
    if (query.q) {
      qb.andWhere(`(p.title ILIKE :q OR p.reference_number ILIKE :q OR EXISTS (
        SELECT 1 FROM contract ct JOIN supplier s ON s.id = ct.supplier_id WHERE ct.procurement_id = p.id AND s.name ILIKE :q))`,
      { q: `%${escapeLike(query.q)}%` });
    }
    if (query.supplierId) {
      qb.andWhere('EXISTS (SELECT 1 FROM contract ct WHERE ct.procurement_id = p.id AND ct.supplier_id = :supplierId)', { supplierId: query.supplierId });
    }
    // Registered on a Stockholm day in the period, as the list shows its dates.
    if (query.from) qb.andWhere(`(p.created_at AT TIME ZONE 'Europe/Stockholm')::date >= :from`, { from: query.from });
    if (query.to) qb.andWhere(`(p.created_at AT TIME ZONE 'Europe/Stockholm')::date <= :to`, { to: query.to });
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(ProcurementDto.from), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<ProcurementDto> {
    return ProcurementDto.from(await this.findOrFail(id));
  }

  async update(id: string, dto: UpdateProcurementDto, user: AuthUser): Promise<ProcurementDto> {
    return this.procurements.manager.transaction(async (manager) => {
      const procurement = await this.lockOrFail(manager, id);
      if (!isDraft(procurement.status)) {
        throw conflict('PROCUREMENT_ONLY_DRAFT_CHANGES', { referenceNumber: procurement.referenceNumber, procurementStatus: procurement.status });
      }
      if (dto.referenceNumber && dto.referenceNumber !== procurement.referenceNumber) await this.assertReferenceFree(dto.referenceNumber);
      const before = ProcurementDto.from(procurement);
      const after = ProcurementDto.from(await manager.save(Object.assign(procurement, dto)));
      await this.audit.record(manager, user, { entityType: 'procurement', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  async screening(id: string, lang: Lang): Promise<ScreeningDto> {
    const procurement = await this.findOrFail(id);
    const latest = await this.decisions.findOne({ where: { procurementId: id }, order: { decidedAt: 'DESC' } });
    return {
      recommendation: ScreeningResultDto.from(screen(procurement, this.thresholds), lang),
      decision: latest ? ScreeningDecisionDto.from(latest, lang) : null,
    };
  }

  async listDecisions(id: string, lang: Lang): Promise<ScreeningDecisionDto[]> {
    await this.findOrFail(id);
    const rows = await this.decisions.find({ where: { procurementId: id }, order: { decidedAt: 'DESC' } });
    return rows.map((row) => ScreeningDecisionDto.from(row, lang));
  }

  /** Records the officer's decision together with what the screening recommended at that moment. */
  async recordDecision(id: string, dto: RecordScreeningDecisionDto, user: AuthUser, lang: Lang): Promise<ScreeningDecisionDto> {
    return this.procurements.manager.transaction(async (manager) => {
      const procurement = await this.lockOrFail(manager, id);
      if (!isDraft(procurement.status)) {
        throw conflict('PROCUREMENT_SCREENING_ON_DRAFT', { referenceNumber: procurement.referenceNumber, procurementStatus: procurement.status });
      }
      const decision = manager.create(ScreeningDecision, {
        procurementId: id,
        screening: screen(procurement, this.thresholds),
        clausesSet: dto.clausesSet,
        motivation: dto.motivation,
        politicalMandate: dto.politicalMandate,
        matchingContact: dto.matchingContact,
        regionalNetwork: dto.regionalNetwork,
        decidedBy: user.sub,
      });
      const saved = ScreeningDecisionDto.from(await manager.save(decision), lang);
      await this.audit.record(manager, user, { entityType: 'procurement', entityId: id, action: 'SCREENING_DECISION', after: saved });
      return saved;
    });
  }

  /** DRAFT → PUBLISHED on the given day (today by default): needs a screening decision consistent with the clauses; freezes the clause versions. */
  async publish(id: string, dto: PublishProcurementDto, user: AuthUser): Promise<ProcurementDto> {
    const now = new Date();
    const publishedOn = dto.publishedOn ?? todayInStockholm(now);
    const errors = checkPublicationDay(publishedOn, todayInStockholm(now));
    if (errors.length > 0) throw new ValidationFailedException(errors);
    return this.changeStatus(id, ProcurementStatus.Published, user, async (manager, procurement) => {
      const latest = await manager.findOne(ScreeningDecision, { where: { procurementId: id }, order: { decidedAt: 'DESC' } });
      const publishedAt = publicationMoment(publishedOn, now);
      await this.publication.assertPublishable(manager, procurement, latest, publishedAt);
      procurement.publishedAt = publishedAt;
      await this.publication.freezeClauses(manager, id, publishedAt);
    });
  }

  cancel(id: string, user: AuthUser): Promise<ProcurementDto> {
    return this.changeStatus(id, ProcurementStatus.Cancelled, user);
  }

  complete(id: string, user: AuthUser): Promise<ProcurementDto> {
    return this.changeStatus(id, ProcurementStatus.Completed, user);
  }

  async findOrFail(id: string): Promise<Procurement> {
    const procurement = await this.procurements.findOneBy({ id });
    if (!procurement) throw notFound('PROCUREMENT_NOT_FOUND', { id });
    return procurement;
  }

  /** Locks the procurement row so status changes and clause edits on it are serialised. */
  async lockOrFail(manager: EntityManager, id: string): Promise<Procurement> {
    const procurement = await manager.findOne(Procurement, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!procurement) throw notFound('PROCUREMENT_NOT_FOUND', { id });
    return procurement;
  }

  private async changeStatus(
    id: string,
    to: ProcurementStatus,
    user: AuthUser,
    beforeSave?: (manager: EntityManager, procurement: Procurement) => Promise<void>,
  ): Promise<ProcurementDto> {
    return this.procurements.manager.transaction(async (manager) => {
      const procurement = await this.lockOrFail(manager, id);
      const check = checkTransition(procurement.status, to);
      if (!check.allowed) throw conflict(check.code, { referenceNumber: procurement.referenceNumber, procurementStatus: procurement.status });
      const before = ProcurementDto.from(procurement);
      await beforeSave?.(manager, procurement);
      procurement.status = to;
      const after = ProcurementDto.from(await manager.save(procurement));
      await this.audit.record(manager, user, { entityType: 'procurement', entityId: id, action: 'STATUS_CHANGE', before, after });
      return after;
    });
  }

  private async assertReferenceFree(referenceNumber: string): Promise<void> {
    const existing = await this.procurements.findOneBy({ referenceNumber });
    if (existing) throw conflict('PROCUREMENT_REFERENCE_TAKEN', { referenceNumber, id: existing.id });
  }
}
