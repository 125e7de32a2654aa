import { EntityManager } from 'typeorm';

/** What every message to a supplier names: whose contract, which procurement and clause, whom to ask. */
export interface ClauseContext {
  contractId: string;
  supplierId: string;
  supplierName: string;
  referenceNumber: string;
  procurementTitle: string;
  clauseId: string;
  clauseNumber: number;
  clauseTitle: string;
  /** The contracting unit's registered support contact (null: the unit is not registered). */
  supportUnit: string | null;
  supportEmail: string | null;
  supportPhone: string | null;
}

/** A reporting period whose report the supplier has not submitted. */
export interface UnsubmittedPeriod extends ClauseContext {
  periodId: string;
  periodNumber: number;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
}

/** An open remedy request (begäran om rättelse). */
export interface OpenRemedyRequest extends ClauseContext {
  remedyRequestId: string;
  missing: string;
  dueDate: string;
}

const CONTEXT = `ct.id AS "contractId", ct.supplier_id AS "supplierId", s.name AS "supplierName",
  p.reference_number AS "referenceNumber", p.title AS "procurementTitle",
  c.id AS "clauseId", c.number AS "clauseNumber", cv.title AS "clauseTitle",
  cu.support_unit AS "supportUnit", cu.support_email AS "supportEmail", cu.support_phone AS "supportPhone"`;

/**
 * Joins from `x` (with contract_id and clause_id) to the context: the clause's title from the
 * latest published version (the one follow-up uses), the unit matched by name as the documents do.
 */
const JOINS = `JOIN contract ct ON ct.id = x.contract_id
  JOIN supplier s ON s.id = ct.supplier_id
  JOIN procurement p ON p.id = ct.procurement_id
  JOIN clause c ON c.id = x.clause_id
  CROSS JOIN LATERAL (SELECT v.title FROM clause_version v WHERE v.clause_id = c.id AND v.published_at IS NOT NULL
    ORDER BY v.version DESC LIMIT 1) cv
  LEFT JOIN contracting_unit cu ON lower(cu.name) = lower(btrim(p.contracting_unit))`;

/** Only suppliers someone can be told: reminders for a supplier without users are not even looked at. */
const HAS_USERS = `EXISTS (SELECT 1 FROM user_account u WHERE u.role = 'supplier' AND u.supplier_id = ct.supplier_id AND u.status <> 'DISABLED')`;

const PERIOD = `x.id AS "periodId", x.number AS "periodNumber", x.period_start::text AS "periodStart",
  x.period_end::text AS "periodEnd", x.due_date::text AS "dueDate"`;

const REMEDY = `x.id AS "remedyRequestId", x.missing, x.due_date::text AS "dueDate"`;

/**
 * The queries of the supplier reminders: each finds every candidate of a kind in one statement
 * (the reporting_period_overdue_idx and remedy_request_status_due_idx indexes serve them); the pure
 * rules in supplier-reminder-rules.ts decide what is due.
 */
export class SupplierRemindersRepository {
  /** Unsubmitted periods due from `from` through `to`. */
  periodsDueBetween(manager: EntityManager, from: string, to: string): Promise<UnsubmittedPeriod[]> {
    return manager.query(
      `SELECT ${PERIOD}, ${CONTEXT} FROM reporting_period x ${JOINS}
       WHERE x.submitted_at IS NULL AND x.due_date BETWEEN $1::date AND $2::date AND ${HAS_USERS}
       ORDER BY x.due_date, x.id`,
      [from, to],
    );
  }

  /** Unsubmitted periods whose due date is before `today`. */
  periodsOverdue(manager: EntityManager, today: string): Promise<UnsubmittedPeriod[]> {
    return manager.query(
      `SELECT ${PERIOD}, ${CONTEXT} FROM reporting_period x ${JOINS}
       WHERE x.submitted_at IS NULL AND x.due_date < $1::date AND ${HAS_USERS}
       ORDER BY x.due_date, x.id`,
      [today],
    );
  }

  /** OPEN remedy requests due from `from` through `to`. */
  openRemedyRequestsDueBetween(manager: EntityManager, from: string, to: string): Promise<OpenRemedyRequest[]> {
    return manager.query(
      `SELECT ${REMEDY}, ${CONTEXT} FROM remedy_request x ${JOINS}
       WHERE x.status = 'OPEN' AND x.due_date BETWEEN $1::date AND $2::date AND ${HAS_USERS}
       ORDER BY x.due_date, x.id`,
      [from, to],
    );
  }

  /** One remedy request, in the transaction that issued it. */
  async remedyRequest(manager: EntityManager, id: string): Promise<OpenRemedyRequest> {
    const [row] = await manager.query(`SELECT ${REMEDY}, ${CONTEXT} FROM remedy_request x ${JOINS} WHERE x.id = $1`, [id]);
    return row;
  }

  /** The context of one clause of a contract (a questioned report's). */
  async clause(manager: EntityManager, contractId: string, clauseId: string): Promise<ClauseContext> {
    const [row] = await manager.query(
      `SELECT ${CONTEXT} FROM (SELECT $1::uuid AS contract_id, $2::uuid AS clause_id) x ${JOINS}`,
      [contractId, clauseId],
    );
    return row;
  }
}
