import { DataSource, EntityManager } from 'typeorm';
import { refreshClauseOutcomes } from '../../src/reporting/clause-outcomes';

/**
 * The placement figures of the results computed straight from the placements, without the tallies:
 * offered at the offer date, filled and counting at the start date, and the full-time months the
 * rules stored (`earning_by_month`), each month at the share of its days in the period. The same
 * rows as PLACEMENTS_IN_PERIOD and PLACEMENTS_PER_SUPPLIER_AND_MEMBER, with $1 from, $2 to,
 * $3 counted verification statuses, $4 unit (NULL = all).
 */
const EVENTS = `
  counted AS (
    SELECT p.*, pr.contracting_unit AS unit FROM placement p
    JOIN contract ct ON ct.id = p.contract_id JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE pr.status <> 'CANCELLED' AND p.withdrawal_kind IS NULL AND p.verification_status = ANY($3::verification_status[])
      AND ($4::text IS NULL OR pr.contracting_unit = $4::text)),
  events AS (
    SELECT unit, supplier_id, gender, age_band, establishment_programme, 1 AS offered, 0 AS filled, 0 AS counting, 0::float8 AS full_time_months
    FROM counted WHERE offered_date BETWEEN $1::date AND $2::date
    UNION ALL
    SELECT unit, supplier_id, gender, age_band, establishment_programme, 0, 1, counts_toward_requirement::int, 0::float8
    FROM counted WHERE filled AND start_date BETWEEN $1::date AND $2::date
    UNION ALL
    SELECT c.unit, c.supplier_id, c.gender, c.age_band, c.establishment_programme, 0, 0, 0,
      e.months * (least(w.last, $2::date) - greatest(w.month, $1::date) + 1)::float8 / (w.last - w.month + 1)
    FROM counted c CROSS JOIN LATERAL unnest(c.earning_by_month) WITH ORDINALITY e(months, i)
    CROSS JOIN LATERAL (SELECT (c.earning_first_month + (e.i - 1) * interval '1 month')::date AS month) m
    CROSS JOIN LATERAL (SELECT m.month, (m.month + interval '1 month')::date - 1 AS last) w
    WHERE w.month <= $2::date AND w.last >= $1::date)`;

const SUMS = `sum(offered) AS offered, sum(filled) AS filled, sum(counting) AS counting, sum(full_time_months) AS full_time_months`;
const ANY_EVENT = `HAVING sum(offered) <> 0 OR sum(filled) <> 0 OR abs(sum(full_time_months)) > 1e-6`;

export const DIRECT_PLACEMENTS_IN_PERIOD = `
  WITH ${EVENTS},
  fine AS (SELECT unit, gender, age_band, establishment_programme, ${SUMS} FROM events GROUP BY 1, 2, 3, 4 ${ANY_EVENT})
  SELECT GROUPING(gender, age_band, establishment_programme, unit) AS grouping, gender, age_band, establishment_programme, unit, ${SUMS}
  FROM fine
  GROUP BY GROUPING SETS ((), (gender), (age_band), (establishment_programme), (gender, age_band), (gender, establishment_programme), (unit), (unit, gender))`;

const rollUp = (owner: string, id: string, name: string, orgNumber: string, from: string) => `
  SELECT '${owner}' AS owner, GROUPING(f.gender) = 0 AS by_gender, ${id} AS id, f.gender, ${name} AS name, ${orgNumber}::text AS org_number,
    sum(f.offered) AS offered, sum(f.filled) AS filled, sum(f.counting) AS counting, sum(f.full_time_months) AS full_time_months
  FROM ${from} GROUP BY GROUPING SETS ((${id}, ${name}, ${orgNumber}), (${id}, ${name}, ${orgNumber}, f.gender))`;

export const DIRECT_PLACEMENTS_PER_SUPPLIER_AND_MEMBER = `
  WITH ${EVENTS},
  fine AS (SELECT supplier_id, gender, ${SUMS} FROM events GROUP BY 1, 2 ${ANY_EVENT})
  ${rollUp('SUPPLIER', 's.id', 's.name', 's.org_number', 'fine f JOIN supplier s ON s.id = f.supplier_id')}
  UNION ALL
  ${rollUp('MEMBER', 'm.id', 'm.name', 'm.org_number', 'fine f JOIN pact_member_supplier_link l ON l.supplier_id = f.supplier_id JOIN pact_member m ON m.id = l.member_id')}`;

/** Floats to 1e-9, in arrays and objects too (the stored lines): a refresh may sum the same earnings in another order. */
const round = (v: unknown): unknown => {
  if (typeof v === 'number') return Math.round(v * 1e9) / 1e9;
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
};
const rounded = (rows: Record<string, unknown>[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, round(v)])));

/** What the rules stored for the contracts: their clause outcomes and their placements' earnings. */
async function storedFor(manager: EntityManager, contracts: string[]) {
  return {
    // Sorted reasons: the rule lists placements not counted in the order it is given the reports,
    // which the service reads without an order.
    outcomes: rounded(await manager.query(
      `SELECT contract_id, clause_id, status, reasons, reports, required_count, counted_placements, required_full_time_months,
         delivered_full_time_months, committed_full_time_months, meetings, required_meetings, milestones, milestones_completed,
         participants, bonus_sek, evaluated_on::text, lines
       FROM clause_outcome WHERE contract_id = ANY($1::uuid[]) ORDER BY contract_id, clause_id`,
      [contracts],
    )).map((o): Record<string, unknown> => ({ ...o, reasons: (o.reasons as unknown[]).map((r) => JSON.stringify(r)).sort() })),
    placements: rounded(await manager.query(
      `SELECT id, counts_toward_requirement, delivered_full_time_months, earning_first_month::text, earning_by_month
       FROM placement WHERE contract_id = ANY($1::uuid[]) ORDER BY id`,
      [contracts],
    )),
  };
}

/**
 * Re-evaluates `contracts` with refreshClauseOutcomes on `today`, in a transaction rolled back
 * afterwards, and gives what was stored before and what the refresh stores: equal when the
 * outcomes were stored exactly as the service stores them.
 */
export async function storedAndRefreshed(dataSource: DataSource, contracts: string[], today: string) {
  const stored = await storedFor(dataSource.manager, contracts);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    for (const id of contracts) await refreshClauseOutcomes(runner.manager, id, today);
    return { stored, refreshed: await storedFor(runner.manager, contracts) };
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
