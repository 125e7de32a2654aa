import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/role';
import { ClauseType } from '../clauses/clause.types';
import { Contract } from '../contracts/entities/contract.entity';
import { ContractsService, FollowedClause, REPORTABLE_CLAUSE_SQL, ReportableClause, reportableBy } from '../contracts/contracts.service';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { ReportType } from './reporting.types';
import { REPORT_KINDS } from './report-kinds';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';

export interface ClauseOnContract extends FollowedClause {
  contract: Contract;
}

export type AnyReport = Placement | DialogueMeeting | InitiativeProgress;

/** Finds the contract, clause and report a request is about, answering 404 for other suppliers' data. */
@Injectable()
export class ReportAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
  ) {}

  async clause(contractId: string, clauseId: string, user: AuthUser, expected?: ClauseType, manager?: EntityManager): Promise<ClauseOnContract> {
    const m = manager ?? this.dataSource.manager;
    const contract = await this.contracts.findVisible(contractId, user, m);
    const followed = await this.contracts.findFollowedClause(contract, clauseId, m);
    if (expected) assertClauseType(followed.clause.type, expected);
    return { contract, ...followed };
  }

  /** Like `clause`, in one query and without entities, for submitting reports (the hot path). */
  async reportableClause(contractId: string, clauseId: string, user: AuthUser, expected: ClauseType, manager: EntityManager): Promise<ReportableClause> {
    const [row] = await manager.query(REPORTABLE_CLAUSE_SQL, [contractId, clauseId]);
    const reportable = reportableBy(row, contractId, clauseId, user);
    assertClauseType(reportable.clauseType, expected);
    return reportable;
  }

  async contract(contractId: string, user: AuthUser): Promise<Contract> {
    return this.contracts.findVisible(contractId, user);
  }

  /** A report of the contract, locked for update when a manager is given. */
  async report(contractId: string, type: ReportType, reportId: string, user: AuthUser, manager?: EntityManager): Promise<{ contract: Contract; report: AnyReport }> {
    const m = manager ?? this.dataSource.manager;
    const contract = await this.contracts.findVisible(contractId, user, m);
    const report = await m.findOne(REPORT_KINDS[type].entity as typeof Placement, {
      where: { id: reportId, contractId },
      ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!report) throw new NotFoundException(`Report ${reportId} not found on contract ${contractId}`);
    return { contract, report };
  }
}

function assertClauseType(actual: ClauseType, expected: ClauseType): void {
  if (actual !== expected) {
    throw new ValidationFailedException([
      { field: 'clauseId', messages: [`clauseId names a ${actual} clause; this report belongs on a ${expected} clause`] },
    ]);
  }
}
