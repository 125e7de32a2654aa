import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { Procurement } from '../procurements/entities/procurement.entity';
import { isDraft } from '../procurements/procurement-lifecycle';
import { ProcurementStatus } from '../procurements/procurement.types';
import { ProcurementsService } from '../procurements/procurements.service';
import { parseClauseParameters } from './clause-parameters';
import { todayInStockholm } from '../common/calendar';
import { plannedContractPeriod } from './clause-rules';
import { DEFAULT_CLAUSE_TITLES } from './clause-titles';
import { ClauseDto, ClauseVersionDto, CreateClauseDto, UpdateClauseDto } from './dto/clause.dto';
import { Clause } from './entities/clause.entity';
import { ClauseVersion } from './entities/clause-version.entity';
import { conflict, notFound } from '../common/errors/coded-exception';
import { fieldError } from '../common/errors/validation-errors';
import './clause.messages';

/** Statuses in which a clause may still be amended by a new version (the contract is live or about to be). */
const AMENDABLE = [ProcurementStatus.Published, ProcurementStatus.Awarded];

@Injectable()
export class ClausesService {
  constructor(
    @InjectRepository(Clause) private readonly clauses: Repository<Clause>,
    @InjectRepository(ClauseVersion) private readonly versions: Repository<ClauseVersion>,
    private readonly procurements: ProcurementsService,
    private readonly audit: AuditService,
  ) {}

  async create(procurementId: string, dto: CreateClauseDto, user: AuthUser): Promise<ClauseDto> {
    return this.clauses.manager.transaction(async (manager) => {
      const procurement = await this.procurements.lockOrFail(manager, procurementId);
      if (!isDraft(procurement.status)) {
        throw conflict('CLAUSE_ADD_ONLY_TO_DRAFT', { referenceNumber: procurement.referenceNumber, procurementStatus: procurement.status });
      }
      const parameters = parseClauseParameters(dto.type, dto.parameters, periodOf(procurement));
      const { max } = await manager
        .createQueryBuilder(Clause, 'c')
        .select('coalesce(max(c.number), 0)', 'max')
        .where('c.procurement_id = :procurementId', { procurementId })
        .getRawOne();
      const clause = await manager.save(manager.create(Clause, { procurementId, number: Number(max) + 1, type: dto.type, currentVersion: 1 }));
      const version = await manager.save(
        manager.create(ClauseVersion, {
          clauseId: clause.id,
          version: 1,
          title: dto.title ?? DEFAULT_CLAUSE_TITLES[dto.type],
          targetGroups: dto.targetGroups,
          parameters,
          reportingIntervalMonths: dto.reportingIntervalMonths ?? 3,
          createdBy: user.sub,
        }),
      );
      const saved = ClauseDto.from(clause, version);
      await this.audit.record(manager, user, { entityType: 'clause', entityId: clause.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async listForProcurement(procurementId: string): Promise<ClauseDto[]> {
    await this.procurements.findOrFail(procurementId);
    const clauses = await this.clauses.find({ where: { procurementId }, order: { number: 'ASC' } });
    return Promise.all(clauses.map(async (c) => ClauseDto.from(c, await this.versionOf(c, c.currentVersion))));
  }

  async get(id: string): Promise<ClauseDto> {
    const clause = await this.findOrFail(id);
    return ClauseDto.from(clause, await this.versionOf(clause, clause.currentVersion));
  }

  async listVersions(id: string): Promise<ClauseVersionDto[]> {
    const clause = await this.findOrFail(id);
    const rows = await this.versions.find({ where: { clauseId: id }, order: { version: 'ASC' } });
    return rows.map((v) => ClauseVersionDto.from(v, clause.type));
  }

  async getVersion(id: string, version: number): Promise<ClauseVersionDto> {
    const clause = await this.findOrFail(id);
    return ClauseVersionDto.from(await this.versionOf(clause, version), clause.type);
  }

  /** In a draft the current version is edited in place; after publication a change makes a new version with a reason. */
  async update(id: string, dto: UpdateClauseDto, user: AuthUser): Promise<ClauseDto> {
    return this.clauses.manager.transaction(async (manager) => {
      const found = await this.findOrFail(id);
      const procurement = await this.procurements.lockOrFail(manager, found.procurementId);
      const clause = await manager.findOneByOrFail(Clause, { id });
      const current = await manager.findOneByOrFail(ClauseVersion, { clauseId: id, version: clause.currentVersion });
      const before = ClauseDto.from(clause, current);
      const parameters = dto.parameters ? parseClauseParameters(clause.type, dto.parameters, periodOf(procurement)) : current.parameters;
      const content = {
        title: dto.title ?? current.title,
        targetGroups: dto.targetGroups ?? current.targetGroups,
        parameters,
        reportingIntervalMonths: dto.reportingIntervalMonths ?? current.reportingIntervalMonths,
      };

      if (isDraft(procurement.status)) {
        const saved = await manager.save(Object.assign(current, content, { changeReason: dto.changeReason ?? current.changeReason }));
        const after = ClauseDto.from(await manager.save(clause), saved);
        await this.audit.record(manager, user, { entityType: 'clause', entityId: id, action: 'UPDATE', before, after });
        return after;
      }
      if (!AMENDABLE.includes(procurement.status)) {
        throw conflict('CLAUSE_NO_LONGER_CHANGES', { referenceNumber: procurement.referenceNumber, procurementStatus: procurement.status });
      }
      if (!dto.changeReason) {
        throw new ValidationFailedException([fieldError('changeReason', 'CLAUSE_CHANGE_REASON_REQUIRED')]);
      }
      const next = await manager.save(
        manager.create(ClauseVersion, { clauseId: id, version: clause.currentVersion + 1, ...content, changeReason: dto.changeReason, createdBy: user.sub }),
      );
      clause.currentVersion = next.version;
      const after = ClauseDto.from(await manager.save(clause), next);
      await this.audit.record(manager, user, { entityType: 'clause', entityId: id, action: 'NEW_VERSION', before, after });
      return after;
    });
  }

  /** Removes a clause from a draft and closes the gap in the numbering. */
  async remove(id: string, user: AuthUser): Promise<void> {
    await this.clauses.manager.transaction(async (manager) => {
      const found = await this.findOrFail(id);
      const procurement = await this.procurements.lockOrFail(manager, found.procurementId);
      if (!isDraft(procurement.status)) {
        throw conflict('CLAUSE_PUBLISHED_NOT_REMOVED', { referenceNumber: procurement.referenceNumber, procurementStatus: procurement.status });
      }
      const clause = await manager.findOneByOrFail(Clause, { id });
      const before = ClauseDto.from(clause, await manager.findOneByOrFail(ClauseVersion, { clauseId: id, version: clause.currentVersion }));
      await manager.delete(Clause, { id });
      await renumber(manager, procurement.id, clause.number);
      await this.audit.record(manager, user, { entityType: 'clause', entityId: id, action: 'DELETE', before });
    });
  }

  async findOrFail(id: string): Promise<Clause> {
    const clause = await this.clauses.findOneBy({ id });
    if (!clause) throw notFound('CLAUSE_NOT_FOUND', { id });
    return clause;
  }

  async versionOf(clause: Clause, version: number): Promise<ClauseVersion> {
    const row = await this.versions.findOneBy({ clauseId: clause.id, version });
    if (!row) throw notFound('CLAUSE_VERSION_NOT_FOUND', { number: clause.number, version });
    return row;
  }
}

/** Drafts are checked against a contract starting today; published ones against their publication date. */
export function periodOf(procurement: Procurement): ReturnType<typeof plannedContractPeriod> {
  return plannedContractPeriod(todayInStockholm(procurement.publishedAt ?? new Date()), procurement.durationMonths);
}

/** Shifts the numbers above a removed clause down by one; via a high offset, as the unique constraint is checked per row. */
async function renumber(manager: EntityManager, procurementId: string, removed: number): Promise<void> {
  await manager.query(`UPDATE clause SET number = number + 100000 WHERE procurement_id = $1 AND number > $2`, [procurementId, removed]);
  await manager.query(`UPDATE clause SET number = number - 100001 WHERE procurement_id = $1 AND number > 100000`, [procurementId]);
}
