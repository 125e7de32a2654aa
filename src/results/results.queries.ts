/**
 * Every SQL statement of the pact results, in one place. All aggregation happens in PostgreSQL;
 * Node only receives the grouped rows.
 *
 * Parameters shared by the period queries:
 *   $1 from (date, inclusive)  $2 to (date, inclusive)  $3 counted verification statuses (text[])
 *   $4 contracting unit (text, NULL = all units)
 *
 * "In the period":
 * - a procurement counts in the period its `published_at` falls in (Stockholm calendar days), and
 *   never when CANCELLED;
 * - a placement counts as offered in the period of its `offered_date`, and as filled in the period
 *   of its `start_date` (when `filled`); its full-time months count with the filled period;
 * - placements under a cancelled procurement never count; only reports whose verification status
 *   is in $3 count.
 */

/** Stockholm calendar days $1..$2 as a half-open timestamptz range, so the published_at index is used. */
const PUBLISHED_IN_PERIOD = `pr.published_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
    AND pr.published_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'`;

const countedProcurement = (unit: string) => `pr.status <> 'CANCELLED' AND (${unit}::text IS NULL OR pr.contracting_unit = ${unit}::text)`;
const COUNTED_PROCUREMENT = countedProcurement('$4');

/** The model clause's default when a clause version does not name its early-ending credit. */
const DEFAULT_EARLY_ENDING_CREDIT_PERCENT = 75;

/**
 * Full-time months of a filled placement: its agreed calendar months × working-time %. The months
 * run from the start to the day after the agreed end (so 1 April–30 September is 6), left-over
 * days counted as 1/30 month. A placement that ended early counts the clause's early-ending
 * credit % of its agreed time (Upphandlingsmyndigheten's model: 75 %). Written with date_part and
 * float8: age() and numeric cost three times as much over a year's placements.
 */
function fullTimeMonths(p: string, creditPercent: string): string {
  const part = (field: string, date: string) => `date_part('${field}', ${date})`;
  const end = `${p}.end_date + 1`;
  const start = `${p}.start_date`;
  return `(((${part('year', end)} - ${part('year', start)}) * 12 + ${part('month', end)} - ${part('month', start)}
      + (${part('day', end)} - ${part('day', start)}) / 30.0)
    * ${p}.working_time_percent / 100.0::float8
    * CASE WHEN ${p}.early_end_date IS NULL THEN 1.0::float8 ELSE (${creditPercent})::float8 / 100.0 END)`;
}

const creditOf = (parameters: string) =>
  `coalesce((${parameters} ->> 'earlyEndingCreditPercent')::numeric, ${DEFAULT_EARLY_ENDING_CREDIT_PERCENT})`;

const COUNTED_STATUS = (alias: string) => `${alias}.verification_status = ANY($3::verification_status[])`;

/**
 * The period's placement events, one row per placement offered and one per placement filled in
 * the period (a placement can be both). Both halves are index-only scans of the covering indexes;
 * only the rare clause versions whose early-ending credit is not 75 are joined, found through the
 * expression index clause_version_credit_idx (two range scans, not `<>`).
 */
const EVENTS = `(
    SELECT p.contract_id, p.supplier_id, p.gender, p.age_band, p.establishment_programme,
      1 AS offered, 0 AS filled, 0::float8 AS full_time_months
    FROM placement p
    WHERE p.offered_date BETWEEN $1::date AND $2::date AND ${COUNTED_STATUS('p')}
    UNION ALL
    SELECT p.contract_id, p.supplier_id, p.gender, p.age_band, p.establishment_programme,
      0, 1, ${fullTimeMonths('p', `coalesce(cc.credit, ${DEFAULT_EARLY_ENDING_CREDIT_PERCENT})`)}
    FROM placement p
    LEFT JOIN (
      SELECT cv.clause_id, (cv.parameters ->> 'earlyEndingCreditPercent')::numeric AS credit
      FROM clause_version cv JOIN clause c ON c.id = cv.clause_id AND c.current_version = cv.version
      WHERE (cv.parameters ->> 'earlyEndingCreditPercent') < '75' OR (cv.parameters ->> 'earlyEndingCreditPercent') > '75') cc
      ON cc.clause_id = p.clause_id
    WHERE p.filled AND p.start_date BETWEEN $1::date AND $2::date AND ${COUNTED_STATUS('p')}
  ) e`;

/** The events of counted procurements, with their unit. */
const COUNTED_EVENTS = `
  SELECT e.*, pr.contracting_unit AS unit
  FROM ${EVENTS}
  JOIN contract ct ON ct.id = e.contract_id
  JOIN procurement pr ON pr.id = ct.procurement_id
  WHERE ${COUNTED_PROCUREMENT}`;

/**
 * The events of counted procurements when no unit is asked for: an anti-join on the few contracts
 * of cancelled procurements, which costs half of joining every event to its contract and procurement.
 * Uses only $1–$3.
 */
const EVENTS_NOT_CANCELLED = `
  SELECT e.* FROM ${EVENTS}
  WHERE NOT EXISTS (
    SELECT 1 FROM contract ct JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE ct.id = e.contract_id AND pr.status = 'CANCELLED')`;

/** Bits of GROUPING(gender, age_band, establishment_programme, unit): 1 = rolled up. */
export const PLACEMENT_GROUPINGS = {
  total: 0b1111,
  gender: 0b0111,
  ageBand: 0b1011,
  programme: 0b1101,
  genderAndAgeBand: 0b0011,
  genderAndProgramme: 0b0101,
  unit: 0b1110,
  unitAndGender: 0b0110,
} as const;

const SUMS = `sum(offered) AS offered, sum(filled) AS filled, sum(full_time_months) AS full_time_months`;

/**
 * Measures 4 and 5 with full-time months in every split of person and unit. The inner GROUP BY
 * (at most units × 40 groups) runs in parallel; the grouping sets then roll up those few rows.
 */
export const PLACEMENTS_IN_PERIOD = `
  WITH fine AS (
    SELECT unit, gender, age_band, establishment_programme, ${SUMS}
    FROM (${COUNTED_EVENTS}) counted
    GROUP BY unit, gender, age_band, establishment_programme)
  SELECT GROUPING(gender, age_band, establishment_programme, unit) AS grouping,
    gender, age_band, establishment_programme, unit, ${SUMS}
  FROM fine
  GROUP BY GROUPING SETS ((), (gender), (age_band), (establishment_programme), (gender, age_band),
    (gender, establishment_programme), (unit), (unit, gender))`;

/** One roll-up of the per-supplier figures `f` to `owner` (id, name, org number), in total and by gender. */
function rollUpTo(owner: 'SUPPLIER' | 'MEMBER', columns: [id: string, name: string, orgNumber: string], from: string): string {
  const key = columns.join(', ');
  const [id, name, orgNumber] = columns;
  return `
  SELECT '${owner}' AS owner, GROUPING(f.gender) = 0 AS by_gender, ${id} AS id, f.gender, ${name} AS name, ${orgNumber}::text AS org_number,
    sum(f.offered) AS offered, sum(f.filled) AS filled, sum(f.full_time_months) AS full_time_months
  FROM ${from}
  GROUP BY GROUPING SETS ((${key}), (${key}, f.gender))`;
}

/**
 * Measures 4 and 5 per supplier and per pact member, each in total (by_gender = false) and by
 * gender. One GROUP BY of the period's events per supplier and gender, rolled up once per supplier
 * and once per member through its linked suppliers (a supplier links to at most one member), so
 * a member's figures are exactly the sum of its suppliers'. For all units the query uses only
 * $1–$3 (see EVENTS_NOT_CANCELLED); for one unit also $4.
 */
export function placementsPerSupplierAndMember(oneUnit: boolean): string {
  return `
  WITH fine AS (
    SELECT supplier_id, gender, ${SUMS}
    FROM (${oneUnit ? COUNTED_EVENTS : EVENTS_NOT_CANCELLED}) counted
    GROUP BY supplier_id, gender)
  ${rollUpTo('SUPPLIER', ['s.id', 's.name', 's.org_number'], 'fine f JOIN supplier s ON s.id = f.supplier_id')}
  UNION ALL
  ${rollUpTo(
    'MEMBER',
    ['m.id', 'm.name', 'm.org_number'],
    `fine f JOIN pact_member_supplier_link l ON l.supplier_id = f.supplier_id JOIN pact_member m ON m.id = l.member_id`,
  )}`;
}

/** Measures 1–3 and procurements with an integration initiative, in total and per unit; $3 = unit. */
export const PROCUREMENTS_IN_PERIOD = `
  SELECT GROUPING(pr.contracting_unit) AS all_units, pr.contracting_unit AS unit,
    count(*) AS published,
    count(*) FILTER (WHERE k.clauses > 0) AS with_clauses,
    count(*) FILTER (WHERE k.dialogue) AS with_dialogue,
    count(*) FILTER (WHERE k.placements) AS with_placements,
    count(*) FILTER (WHERE k.initiative) AS with_integration_initiative
  FROM procurement pr
  CROSS JOIN LATERAL (
    SELECT count(*) AS clauses,
      coalesce(bool_or(c.type = 'DIALOGUE'), false) AS dialogue,
      coalesce(bool_or(c.type = 'PLACEMENTS'), false) AS placements,
      coalesce(bool_or(c.type = 'INTEGRATION_INITIATIVE'), false) AS initiative
    FROM clause c WHERE c.procurement_id = pr.id) k
  WHERE ${PUBLISHED_IN_PERIOD} AND ${countedProcurement('$3')}
  GROUP BY GROUPING SETS ((), (pr.contracting_unit))`;

/**
 * Per-clause fulfilment to date of the clauses chosen by `selection` (a query yielding clause id,
 * type, parameters and descriptive columns), from all counted reports on them. A simple measure:
 * placements — filled head count and full-time months reach the sum of the lines; dialogue — the
 * first meeting and every follow-up meeting held; initiative — every milestone completed.
 */
function clauseFulfilment(selection: string): string {
  return `
  WITH selected AS (${selection}),
  met AS (
    SELECT m.clause_id, count(*) AS meetings
    FROM dialogue_meeting m JOIN selected s ON s.id = m.clause_id
    WHERE ${COUNTED_STATUS('m')}
    GROUP BY m.clause_id),
  progressed AS (
    SELECT i.clause_id, count(*) AS reports,
      count(DISTINCT i.milestone_title) FILTER (WHERE i.progress_status = 'COMPLETED') AS completed,
      coalesce(sum(i.participants), 0) AS participants
    FROM initiative_progress i JOIN selected s ON s.id = i.clause_id
    WHERE ${COUNTED_STATUS('i')}
    GROUP BY i.clause_id),
  fulfilment AS (
    SELECT s.*,
      coalesce(pl.reports, 0) + coalesce(mt.meetings, 0) + coalesce(pg.reports, 0) AS reports,
      req.count AS required_count, req.full_time_months AS required_full_time_months,
      coalesce(pl.filled, 0) AS filled, coalesce(pl.full_time_months, 0) AS delivered_full_time_months,
      coalesce(mt.meetings, 0) AS meetings, 1 + coalesce((s.parameters ->> 'followUpMeetings')::int, 0) AS required_meetings,
      coalesce(pg.completed, 0) AS milestones_completed,
      jsonb_array_length(coalesce(s.parameters -> 'milestones', '[]'::jsonb)) AS milestones,
      coalesce(pg.participants, 0) AS participants
    FROM selected s
    -- Per clause through placement_results_clause_idx: a hash join would read every placement.
    LEFT JOIN LATERAL (
      SELECT count(*) AS reports, count(*) FILTER (WHERE p.filled) AS filled,
        coalesce(sum(${fullTimeMonths('p', creditOf('s.parameters'))}) FILTER (WHERE p.filled), 0) AS full_time_months
      FROM placement p
      WHERE s.type = 'PLACEMENTS' AND p.clause_id = s.id AND ${COUNTED_STATUS('p')}) pl ON true
    LEFT JOIN met mt ON mt.clause_id = s.id
    LEFT JOIN progressed pg ON pg.clause_id = s.id
    CROSS JOIN LATERAL (
      SELECT coalesce(sum((l ->> 'count')::numeric), 0) AS count,
        coalesce(sum((l ->> 'fullTimeMonths')::numeric), 0) AS full_time_months
      FROM jsonb_array_elements(CASE WHEN s.type = 'PLACEMENTS' THEN s.parameters -> 'lines' ELSE '[]'::jsonb END) l) req),
  judged AS (
    SELECT f.*, CASE f.type
        -- Rounded to 1/100 month so float sums such as 1.39999… meet a requirement of 1.4.
        WHEN 'PLACEMENTS' THEN f.filled >= f.required_count
          AND round(f.delivered_full_time_months::numeric, 2) >= f.required_full_time_months
        WHEN 'DIALOGUE' THEN f.meetings >= f.required_meetings
        ELSE f.milestones_completed >= greatest(f.milestones, 1)
      END AS fulfilled
    FROM fulfilment f)`;
}

const CLAUSE_COLUMNS = `c.id, c.type, c.number, cv.parameters, pr.reference_number, pr.title, pr.contracting_unit AS unit,
      ct.end_date::text AS contract_end_date, sup.name AS supplier_name`;
const CLAUSE_JOINS = `JOIN clause c ON c.procurement_id = pr.id
    JOIN clause_version cv ON cv.clause_id = c.id AND cv.version = c.current_version
    LEFT JOIN contract ct ON ct.procurement_id = pr.id
    LEFT JOIN supplier sup ON sup.id = ct.supplier_id`;

/** Fulfilment per clause type of the clauses of the procurements counted in the period. */
export const CLAUSES_OF_PERIOD = `${clauseFulfilment(`
    SELECT c.id, c.type, cv.parameters FROM procurement pr
    JOIN clause c ON c.procurement_id = pr.id
    JOIN clause_version cv ON cv.clause_id = c.id AND cv.version = c.current_version
    WHERE ${PUBLISHED_IN_PERIOD} AND ${COUNTED_PROCUREMENT}`)}
  SELECT type, count(*) AS clauses,
    count(*) FILTER (WHERE reports = 0) AS without_reports,
    count(*) FILTER (WHERE fulfilled) AS fulfilled,
    sum(required_count) AS required_count, sum(filled) AS filled,
    sum(required_full_time_months) AS required_full_time_months,
    sum(delivered_full_time_months) AS delivered_full_time_months,
    sum(meetings) AS meetings, sum(milestones) AS milestones,
    sum(milestones_completed) AS milestones_completed, sum(participants) AS participants
  FROM judged GROUP BY type`;

/** Clauses whose contract ended in the period without being fulfilled (annual report); $5 = limit. */
export const CLAUSES_NOT_FULFILLED = `${clauseFulfilment(`
    SELECT ${CLAUSE_COLUMNS} FROM procurement pr ${CLAUSE_JOINS}
    WHERE ct.end_date BETWEEN $1::date AND $2::date AND ${COUNTED_PROCUREMENT}`)}
  SELECT *, count(*) OVER () AS total FROM judged WHERE NOT fulfilled
  ORDER BY contract_end_date, reference_number, number
  LIMIT $5`;
