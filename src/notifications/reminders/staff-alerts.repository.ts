import { EntityManager } from 'typeorm';
import { ClauseType } from '../../clauses/clause.types';
import { ClauseStatus } from '../../reporting/reporting.types';
import { OverdueContract } from './overdue-digest-rule';
import { Coded } from '../../common/i18n';

/** Which clause of which contract, as the staff alerts name it. */
export interface ClauseRow {
  contractId: string;
  clauseId: string;
  supplierId: string;
  supplierName: string;
  referenceNumber: string;
  procurementTitle: string;
  clauseNumber: number;
  clauseType: ClauseType;
}

/** A stored clause outcome whose status changed within a window. */
export interface ChangedOutcome extends ClauseRow {
  status: ClauseStatus;
  statusSince: string;
  /** Codes; English sentences on outcomes stored before reasons had codes. */
  reasons: (Coded | string)[];
}

/** An OPEN remedy request past its due date. */
export interface OverdueRemedyRequest extends ClauseRow {
  remedyRequestId: string;
  status: string;
  dueDate: string;
}

/** A member's current letter of intent (the one not superseded). */
export interface CurrentLetterRow {
  letterId: string;
  memberId: string;
  memberName: string;
  orgNumber: string;
  version: number;
  validFrom: string;
  validTo: string;
}

const CLAUSE = `x.contract_id AS "contractId", x.clause_id AS "clauseId", ct.supplier_id AS "supplierId", s.name AS "supplierName",
  p.reference_number AS "referenceNumber", p.title AS "procurementTitle", c.number AS "clauseNumber", c.type AS "clauseType"`;

const JOINS = `JOIN contract ct ON ct.id = x.contract_id
  JOIN procurement p ON p.id = ct.procurement_id
  JOIN supplier s ON s.id = ct.supplier_id
  JOIN clause c ON c.id = x.clause_id`;

/**
 * The queries of the alerts to officers and the pact office: each finds every candidate of a kind
 * in one statement; the pure rules beside them decide what is due and once for which occasion.
 */
export class StaffAlertsRepository {
  /** Outcomes with one of `statuses` that began from `from` through `to`. */
  outcomesChangedBetween(manager: EntityManager, statuses: ClauseStatus[], from: string, to: string): Promise<ChangedOutcome[]> {
    return manager.query(
      `SELECT ${CLAUSE}, x.status, x.status_since::text AS "statusSince", x.reasons
       FROM clause_outcome x ${JOINS}
       WHERE x.status = ANY($1::text[]) AND x.status_since BETWEEN $2::date AND $3::date
       ORDER BY x.contract_id, x.clause_id`,
      [statuses, from, to],
    );
  }

  /** OPEN remedy requests due before `today` (remedy_request_status_due_idx). */
  remedyRequestsOverdue(manager: EntityManager, today: string): Promise<OverdueRemedyRequest[]> {
    return manager.query(
      `SELECT ${CLAUSE}, x.id AS "remedyRequestId", x.status, x.due_date::text AS "dueDate"
       FROM remedy_request x ${JOINS}
       WHERE x.status = 'OPEN' AND x.due_date < $1::date
       ORDER BY x.due_date, x.id`,
      [today],
    );
  }

  /**
   * Per contract, its unsubmitted reporting periods due before `today` (as the follow-up list of
   * overdue reports reads them): how many, and the oldest due date.
   */
  overdueReportsPerContract(manager: EntityManager, today: string): Promise<OverdueContract[]> {
    return manager.query(
      `SELECT x.contract_id AS "contractId", p.reference_number AS "referenceNumber", s.name AS "supplierName",
              count(*)::int AS "overduePeriods", min(x.due_date)::text AS "oldestDueDate"
       FROM reporting_period x
       JOIN contract ct ON ct.id = x.contract_id
       JOIN procurement p ON p.id = ct.procurement_id
       JOIN supplier s ON s.id = ct.supplier_id
       WHERE x.submitted_at IS NULL AND x.due_date < $1::date
       GROUP BY x.contract_id, p.reference_number, s.name
       ORDER BY min(x.due_date), p.reference_number`,
      [today],
    );
  }

  /** Current letters of intent whose last day is from `from` through `to`. */
  currentLettersEndingBetween(manager: EntityManager, from: string, to: string): Promise<CurrentLetterRow[]> {
    return manager.query(
      `SELECT l.id AS "letterId", l.member_id AS "memberId", m.name AS "memberName", m.org_number AS "orgNumber", l.version,
              l.valid_from::text AS "validFrom", l.valid_to::text AS "validTo"
       FROM letter_of_intent l JOIN pact_member m ON m.id = l.member_id
       WHERE l.superseded_at IS NULL AND l.valid_to BETWEEN $1::date AND $2::date
       ORDER BY l.valid_to, l.id`,
      [from, to],
    );
  }
}
