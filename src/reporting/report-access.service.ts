import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Action } from '../access/access-policy';
import { AccessService, Granted } from '../access/access.service';
import { AuthUser } from '../auth/role';
import { ClauseType } from '../clauses/clause.types';
import { Contract } from '../contracts/entities/contract.entity';
import { ContractsService, FollowedClause, REPORTABLE_CLAUSE_SQL, ReportableClause } from '../contracts/contracts.service';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { ReportType } from './reporting.types';
import { REPORT_KINDS } from './report-kinds';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';
import { notFound } from '../common/errors/coded-exception';
import { preparedQuery } from '../database/prepared-query';
import '../clauses/clause.messages';
import './report-errors.messages';

export interface ClauseOnContract<A extends Action = Action> extends FollowedClause {
  contract: Granted<Contract, A>;
}

export type AnyReport = Placement | DialogueMeeting | InitiativeProgress;

/**
 * Finds the contract, clause and report a request is about, once the access policy lets the user
 * take the action on the contract (404 for another supplier's, 403 for a role that may never).
 */
@Injectable()
export class ReportAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly access: AccessService,
  ) {}

  async clause<A extends Action>(
    contractId: string, clauseId: string, user: AuthUser, action: A, expected?: ClauseType, manager?: EntityManager,
  ): Promise<ClauseOnContract<A>> {
    const m = manager ?? this.dataSource.manager;
    const contract = await this.contracts.findFor(user, action, contractId, m);
    const followed = await this.contracts.findFollowedClause(contract, clauseId, m);
    if (expected) assertClauseType(followed.clause.type, expected);
    return { contract, ...followed };
  }

  /** Like `clause` for reporting on it, in one query and without entities (the path suppliers' systems call most). */
  async reportableClause(
    contractId: string, clauseId: string, user: AuthUser, expected: ClauseType, manager: EntityManager,
  ): Promise<Granted<ReportableClause, Action.Report>> {
    const [row] = await preparedQuery(manager, 'reportable-clause', REPORTABLE_CLAUSE_SQL, [contractId, clauseId]);
    const reportable = this.access.require(user, Action.Report, row as ReportableClause | undefined, { code: 'CONTRACT_NOT_FOUND', id: contractId });
    if (!reportable.clauseType) throw notFound('CLAUSE_NOT_ON_CONTRACT', { clauseId, contractId });
    assertClauseType(reportable.clauseType, expected);
    return reportable;
  }

  contract<A extends Action>(contractId: string, user: AuthUser, action: A): Promise<Granted<Contract, A>> {
    return this.contracts.findFor(user, action, contractId);
  }

  /** A report of the contract, locked for update when a manager is given. */
  async report<A extends Action>(
    contractId: string, type: ReportType, reportId: string, user: AuthUser, action: A, manager?: EntityManager,
  ): Promise<{ contract: Granted<Contract, A>; report: AnyReport }> {
    const m = manager ?? this.dataSource.manager;
    const contract = await this.contracts.findFor(user, action, contractId, m);
    const report = await m.findOne(REPORT_KINDS[type].entity as typeof Placement, {
      where: { id: reportId, contractId },
      ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!report) throw notFound('REPORT_NOT_ON_CONTRACT', { reportId, contractId });
    return { contract, report };
  }
}

function assertClauseType(actual: ClauseType, expected: ClauseType): void {
  if (actual !== expected) {
    throw new ValidationFailedException([fieldError('clauseId', 'REPORT_WRONG_CLAUSE_TYPE', { actual, expected })]);
  }
}
