import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ListScope } from '../access/access-policy';
import { ClauseParameters, ClauseType, TargetGroup } from '../clauses/clause.types';
import { RecoveryPlan } from '../reporting/entities/recovery-plan.entity';
import { Lang } from '../clauses/text/labels';
import { BreachOutcome, BreachStatus } from './breach.types';
import { BreachDecision } from './entities/breach-decision.entity';
import { PenaltyCalculation } from './penalty';
import { RemedyRequest } from './entities/remedy-request.entity';

/** A stored decision as the breach query returns it (JSON: dates and times as text). */
export interface DecisionRow {
  outcome: BreachOutcome;
  asOf: string;
  amountSek: number;
  calculation: Record<Lang, PenaltyCalculation>;
  motivation: string | null;
  decidedBy: string;
  decidedOn: string;
  decidedAt: string;
}

/** A remedy request with what its views and letters show of its contract, clause version and decision. */
export interface BreachRow {
  id: string;
  contractId: string;
  clauseId: string;
  clauseVersion: number;
  missing: string;
  dueDate: string;
  status: BreachStatus;
  requestedBy: string;
  requestedAt: Date;
  withdrawalReason: string | null;
  withdrawnBy: string | null;
  withdrawnAt: Date | null;
  contractReference: string;
  procurementTitle: string;
  buyerName: string;
  contractingUnit: string;
  contractStart: string;
  contractEnd: string;
  supplierId: string;
  supplierName: string;
  supplierOrgNumber: string;
  clauseNumber: number;
  clauseType: ClauseType;
  clauseTitle: string;
  parameters: ClauseParameters;
  targetGroups: TargetGroup[];
  decision: DecisionRow | null;
}

const BREACH_SQL = `
  SELECT r.id, r.contract_id AS "contractId", r.clause_id AS "clauseId", r.clause_version AS "clauseVersion", r.missing,
    r.due_date::text AS "dueDate", r.status, r.requested_by AS "requestedBy", r.requested_at AS "requestedAt",
    r.withdrawal_reason AS "withdrawalReason", r.withdrawn_by AS "withdrawnBy", r.withdrawn_at AS "withdrawnAt",
    p.reference_number AS "contractReference", p.title AS "procurementTitle", p.buyer_name AS "buyerName", p.contracting_unit AS "contractingUnit",
    ct.start_date::text AS "contractStart", ct.end_date::text AS "contractEnd",
    ct.supplier_id AS "supplierId", s.name AS "supplierName", s.org_number AS "supplierOrgNumber",
    c.number AS "clauseNumber", c.type AS "clauseType", v.title AS "clauseTitle", v.parameters, v.target_groups AS "targetGroups",
    CASE WHEN d.remedy_request_id IS NULL THEN NULL ELSE json_build_object(
      'outcome', d.outcome, 'asOf', d.as_of, 'amountSek', d.amount_sek, 'calculation', d.calculation, 'motivation', d.motivation,
      'decidedBy', d.decided_by, 'decidedOn', d.decided_on, 'decidedAt', d.decided_at) END AS decision
  FROM remedy_request r
  JOIN contract ct ON ct.id = r.contract_id
  JOIN procurement p ON p.id = ct.procurement_id
  JOIN supplier s ON s.id = ct.supplier_id
  JOIN clause c ON c.id = r.clause_id
  JOIN clause_version v ON v.clause_id = r.clause_id AND v.version = r.clause_version
  LEFT JOIN breach_decision d ON d.remedy_request_id = r.id`;

/** A row of the follow-up list of remedy requests. */
export interface RemedyRequestListRow {
  id: string;
  contractId: string;
  contractReference: string;
  contractingUnit: string;
  supplierId: string;
  supplierName: string;
  clauseId: string;
  clauseNumber: number;
  clauseTitle: string;
  dueDate: string;
  status: BreachStatus;
  requestedAt: Date;
  outcome: string | null;
  amountSek: string | null;
  total: string;
}

/** Every SQL statement of breach handling. */
@Injectable()
export class BreachesRepository {
  /** The contract's remedy requests, of one clause and/or one request when given, newest first. */
  find(manager: EntityManager, contractId: string, filter: { clauseId?: string; breachId?: string } = {}): Promise<BreachRow[]> {
    return manager.query(
      `${BREACH_SQL}
       WHERE r.contract_id = $1 AND ($2::uuid IS NULL OR r.clause_id = $2::uuid) AND ($3::uuid IS NULL OR r.id = $3::uuid)
       ORDER BY r.requested_at DESC, r.id DESC`,
      [contractId, filter.clauseId ?? null, filter.breachId ?? null],
    );
  }

  /** The request of this contract and clause, locked until the transaction ends; null when there is none. */
  lock(manager: EntityManager, contractId: string, clauseId: string, breachId: string): Promise<RemedyRequest | null> {
    return manager.findOne(RemedyRequest, { where: { id: breachId, contractId, clauseId }, lock: { mode: 'pessimistic_write' } });
  }

  openExists(manager: EntityManager, contractId: string, clauseId: string): Promise<boolean> {
    return manager.existsBy(RemedyRequest, { contractId, clauseId, status: BreachStatus.Open });
  }

  save<T extends RemedyRequest | BreachDecision | RecoveryPlan>(manager: EntityManager, entity: T): Promise<T> {
    return manager.save(entity);
  }

  /** The requests' recovery plans, newest first. */
  plans(manager: EntityManager, breachIds: string[]): Promise<RecoveryPlan[]> {
    if (breachIds.length === 0) return Promise.resolve([]);
    return manager.find(RecoveryPlan, { where: { remedyRequestId: In(breachIds) }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** What the PENALTY decisions under a clause of a contract add up to, leaving out one request's own. */
  async penaltiesDecided(manager: EntityManager, contractId: string, clauseId: string, except: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT coalesce(sum(amount_sek), 0) AS total FROM breach_decision
       WHERE contract_id = $1 AND clause_id = $2 AND outcome = 'PENALTY' AND remedy_request_id <> $3`,
      [contractId, clauseId, except],
    );
    return Number(row.total);
  }

  /** One page of remedy requests of a status within the scope: open ones by due date, others newest first. */
  followUpPage(manager: EntityManager, query: RemedyRequestFilter & { limit: number; offset: number }): Promise<RemedyRequestListRow[]> {
    const order = query.status === BreachStatus.Open ? 'r.due_date, p.reference_number, c.number' : 'r.requested_at DESC, r.id DESC';
    return manager.query(
      `SELECT r.id, r.contract_id AS "contractId", p.reference_number AS "contractReference", p.contracting_unit AS "contractingUnit",
         ct.supplier_id AS "supplierId", s.name AS "supplierName", r.clause_id AS "clauseId", c.number AS "clauseNumber",
         v.title AS "clauseTitle", r.due_date::text AS "dueDate", r.status, r.requested_at AS "requestedAt",
         d.outcome, d.amount_sek AS "amountSek", count(*) OVER () AS total
       FROM remedy_request r
       JOIN contract ct ON ct.id = r.contract_id
       JOIN procurement p ON p.id = ct.procurement_id
       JOIN supplier s ON s.id = ct.supplier_id
       JOIN clause c ON c.id = r.clause_id
       JOIN clause_version v ON v.clause_id = r.clause_id AND v.version = r.clause_version
       LEFT JOIN breach_decision d ON d.remedy_request_id = r.id
       WHERE ${FOLLOW_UP_FILTER}
       ORDER BY ${order} LIMIT $7 OFFSET $8`,
      [...followUpParams(query), query.limit, query.offset],
    );
  }

  /** The total of the follow-up list, for a page past its end (which has no rows to carry it). */
  async followUpTotal(manager: EntityManager, query: RemedyRequestFilter): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*) AS total FROM remedy_request r
       JOIN contract ct ON ct.id = r.contract_id JOIN procurement p ON p.id = ct.procurement_id
       WHERE ${FOLLOW_UP_FILTER}`,
      followUpParams(query),
    );
    return Number(row.total);
  }
}

/** What the remedy requests list is filtered by: status, the caller's scope and the chosen contract filters. */
export interface RemedyRequestFilter {
  status: BreachStatus;
  contractingUnit?: string;
  supplierId?: string;
  from?: string;
  to?: string;
  scope: ListScope;
}

/** The list's WHERE on $1–$6 (followUpParams); a filter left out is null and holds for every row. */
const FOLLOW_UP_FILTER = `r.status = $1 AND ($2::text IS NULL OR p.contracting_unit = $2::text) AND ($3::uuid IS NULL OR ct.supplier_id = $3::uuid)
       AND ($4::uuid IS NULL OR ct.supplier_id = $4::uuid) AND ($5::date IS NULL OR ct.end_date >= $5::date) AND ($6::date IS NULL OR ct.start_date <= $6::date)`;

function followUpParams(query: RemedyRequestFilter): unknown[] {
  return [query.status, query.contractingUnit ?? null, query.scope.supplierId, query.supplierId ?? null, query.from ?? null, query.to ?? null];
}
