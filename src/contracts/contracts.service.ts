import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AccessService, Granted } from '../access/access.service';
import { AuthUser } from '../auth/role';
import { ClauseParameters, ClauseType, TargetGroup } from '../clauses/clause.types';
import { ClauseVersion } from '../clauses/entities/clause-version.entity';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { Procurement } from '../procurements/entities/procurement.entity';
import { checkContractStart } from '../procurements/publication-date';
import { ProcurementStatus } from '../procurements/procurement.types';
import { ReportingPeriod } from '../reporting/entities/reporting-period.entity';
import { Supplier } from '../suppliers/entities/supplier.entity';
import { AwardProcurementDto } from './dto/award.dto';
import { ContractClauseDto, ContractDto, ListContractsQueryDto } from './dto/contract.dto';
import { Contract } from './entities/contract.entity';
import { FollowedClause, followedClausesOf } from './followed-clauses';
import { reportingSchedule } from './reporting-schedule';
import { refreshClauseOutcomes } from '../reporting/clause-outcomes';
import { todayInStockholm } from '../common/calendar';
import { escapeLike } from '../common/text';
import { contractPhaseSql } from './contract-phase';
import { conflict, notFound } from '../common/errors/coded-exception';
import '../clauses/clause.messages';
import './contract.messages';

export type { FollowedClause } from './followed-clauses';

/** What a report needs of its contract and clause: whose contract it is and the clause's published terms. */
export interface ReportableClause {
  supplierId: string;
  clauseType: ClauseType;
  parameters: ClauseParameters;
  targetGroups: TargetGroup[];
  contractStart: string;
  contractEnd: string;
}

/**
 * The contract's supplier and the clause's type and latest published parameters, as one row per
 * contract ($1) with a null type when the clause ($2) is not its procurement's or not published:
 * `findFor` and `findFollowedClause` in one round trip without entities, for the path of every
 * report submitted.
 */
export const REPORTABLE_CLAUSE_SQL = `SELECT c.supplier_id AS "supplierId", followed.type AS "clauseType", followed.parameters,
    followed.target_groups AS "targetGroups", c.start_date::text AS "contractStart", c.end_date::text AS "contractEnd"
  FROM contract c
  LEFT JOIN LATERAL (
    SELECT clause.type, v.parameters, v.target_groups
    FROM clause JOIN clause_version v ON v.clause_id = clause.id
    WHERE clause.id = $2 AND clause.procurement_id = c.procurement_id AND v.published_at IS NOT NULL
    ORDER BY v.version DESC LIMIT 1
  ) followed ON true
  WHERE c.id = $1`;

@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  /** Awards a published procurement: contract, AWARDED status and a reporting schedule per clause, in one transaction. */
  async award(procurementId: string, dto: AwardProcurementDto, user: AuthUser): Promise<ContractDto> {
    if (dto.endDate <= dto.startDate) {
      throw new ValidationFailedException([fieldError('endDate', 'CONTRACT_END_NOT_AFTER_START')]);
    }
    return this.dataSource.transaction(async (manager) => {
      const procurement = await manager.findOne(Procurement, { where: { id: procurementId }, lock: { mode: 'pessimistic_write' } });
      if (!procurement) throw notFound('PROCUREMENT_NOT_FOUND', { id: procurementId });
      if (procurement.status !== ProcurementStatus.Published) {
        throw conflict('CONTRACT_ONLY_PUBLISHED_AWARDED', { referenceNumber: procurement.referenceNumber, procurementStatus: procurement.status });
      }
      // Publishing stamps published_at, so a PUBLISHED procurement always has one.
      const startErrors = checkContractStart(dto.startDate, todayInStockholm(procurement.publishedAt!));
      if (startErrors.length > 0) throw new ValidationFailedException(startErrors);
      const supplier = await manager.findOneBy(Supplier, { id: dto.supplierId });
      if (!supplier) {
        throw new ValidationFailedException([fieldError('supplierId', 'CONTRACT_SUPPLIER_UNKNOWN')]);
      }
      await manager.update(Procurement, { id: procurementId }, { status: ProcurementStatus.Awarded });
      await this.audit.record(manager, user, {
        entityType: 'procurement', entityId: procurementId, action: 'STATUS_CHANGE',
        before: { status: procurement.status }, after: { status: ProcurementStatus.Awarded },
      });
      const contract = await manager.save(
        manager.create(Contract, { procurementId, supplierId: dto.supplierId, startDate: dto.startDate, endDate: dto.endDate, awardedBy: user.sub }),
      );
      const followed = await this.followedClauses(manager, procurementId);
      const graceDays = this.config.getOrThrow<number>('reportGraceDays');
      for (const { clause, version } of followed) {
        const periods = reportingSchedule(dto.startDate, dto.endDate, version.reportingIntervalMonths, graceDays);
        await manager.insert(ReportingPeriod, periods.map((p) => ({ ...p, contractId: contract.id, clauseId: clause.id })));
      }
      // The new contract's clauses start with a stored outcome (NOT_STARTED or on track), so the
      // results count their requirements from the award on.
      await refreshClauseOutcomes(manager, contract.id, todayInStockholm());
      contract.procurement = procurement;
      contract.supplier = supplier;
      const saved = ContractDto.from(contract);
      await this.audit.record(manager, user, {
        entityType: 'contract', entityId: contract.id, action: 'CREATE',
        after: { ...saved, followedClauses: followed.map((f) => ({ clauseId: f.clause.id, version: f.version.version })) },
      });
      return saved;
    });
  }

  async list(query: ListContractsQueryDto, user: AuthUser): Promise<Page<ContractDto>> {
    const qb = this.dataSource.getRepository(Contract).createQueryBuilder('c')
      .innerJoinAndSelect('c.procurement', 'p')
      .innerJoinAndSelect('c.supplier', 's')
      .orderBy('c.start_date', 'DESC').addOrderBy('c.id');
    this.access.scoped(qb, user, 'c.supplier_id');
    if (query.supplierId) qb.andWhere('c.supplier_id = :supplierId', { supplierId: query.supplierId });
    if (query.contractingUnit) qb.andWhere('p.contracting_unit = :unit', { unit: query.contractingUnit });
    if (query.q) qb.andWhere('(p.reference_number ILIKE :q OR p.title ILIKE :q OR s.name ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    if (query.status) qb.andWhere(contractPhaseSql(query.status, 'c'), { today: todayInStockholm() });
    if (query.from) qb.andWhere('c.end_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('c.start_date <= :to', { to: query.to });
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(ContractDto.from), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string, user: AuthUser): Promise<ContractDto> {
    return ContractDto.from(await this.findFor(user, Action.Read, id));
  }

  async listClauses(contractId: string, user: AuthUser): Promise<ContractClauseDto[]> {
    const contract = await this.findFor(user, Action.Read, contractId);
    const followed = await this.followedClauses(this.dataSource.manager, contract.procurementId);
    const periods = await this.dataSource.manager.find(ReportingPeriod, { where: { contractId }, order: { number: 'ASC' } });
    return followed.map(({ clause, version }) =>
      ContractClauseDto.from(clause, version, periods.filter((p) => p.clauseId === clause.id)));
  }

  async getClause(contractId: string, clauseId: string, user: AuthUser): Promise<ContractClauseDto> {
    const contract = await this.findFor(user, Action.Read, contractId);
    const { clause, version } = await this.findFollowedClause(contract, clauseId);
    const periods = await this.dataSource.manager.find(ReportingPeriod, { where: { contractId, clauseId }, order: { number: 'ASC' } });
    return ContractClauseDto.from(clause, version, periods);
  }

  /** The contract, if the user may take the action on it (see AccessService.require). */
  async findFor<A extends Action>(user: AuthUser, action: A, id: string, manager: EntityManager = this.dataSource.manager): Promise<Granted<Contract, A>> {
    // A query builder's getOne() is one query; findOne() with a relation adds a DISTINCT pre-query.
    const contract = await manager
      .createQueryBuilder(Contract, 'contract')
      .innerJoinAndSelect('contract.procurement', 'procurement')
      .innerJoinAndSelect('contract.supplier', 'supplier')
      .where('contract.id = :id', { id })
      .getOne();
    return this.access.require(user, action, contract, { code: 'CONTRACT_NOT_FOUND', id });
  }

  /** One clause of the contract with its latest published version, in one query (it is on every report's path). */
  async findFollowedClause(contract: Contract, clauseId: string, manager: EntityManager = this.dataSource.manager): Promise<FollowedClause> {
    const version = await manager
      .createQueryBuilder(ClauseVersion, 'v')
      .innerJoinAndSelect('v.clause', 'clause')
      .where('clause.id = :clauseId AND clause.procurement_id = :procurementId', { clauseId, procurementId: contract.procurementId })
      .andWhere('v.published_at IS NOT NULL')
      .orderBy('v.version', 'DESC')
      .limit(1)
      .getOne();
    if (!version?.clause) throw notFound('CLAUSE_NOT_ON_CONTRACT', { clauseId, contractId: contract.id });
    return { clause: version.clause, version };
  }

  /** The procurement's clauses that have a published version, each with its latest published version. */
  followedClauses(manager: EntityManager, procurementId: string): Promise<FollowedClause[]> {
    return followedClausesOf(manager, procurementId);
  }
}
