/**
 * Every SQL statement of the pact results, in one place. All aggregation happens in PostgreSQL;
 * Node only receives the grouped rows.
 *
 * Parameters shared by the period queries:
 *   $1 from (date, inclusive)  $2 to (date, inclusive)  $3 counted verification statuses (text[])
 *   $4 contracting unit (text, NULL = all units)
 * and by the placement queries, from splitPeriod (src/results/period.ts; first days, half-open):
 *   $5..$8 the period's whole months, read from the tallies: whole years $6..$7 from the yearly
 *   rows, the months $5..$6 and $7..$8 around them from the monthly rows
 *   $1..$9 and $10..$2 the days before and after the whole months (inclusive, empty when the start
 *   is after the end), read from the placements
 *   $11/$12 and $13/$14 the months cut by the period's first and last day, and the share of their
 *   days in the period (0 when there is none)
 *
 * "In the period":
 * - a procurement counts in the period its `published_at` falls in (Stockholm calendar days), and
 *   never when CANCELLED;
 * - a placement counts as offered in the period of its `offered_date`, and as filled (and as
 *   counting toward a requirement) in the period of its `start_date`; its full-time months are
 *   those the rules stored (src/reporting/clause-outcomes.ts), booked in the months they were worked,
 *   a month cut by the period counted at the share of its days in the period;
 * - placements under a cancelled procurement never count, nor withdrawn ones; only reports whose
 *   verification status is in $3 count.
 *
 * No statement here decides a rule: what a placement earns and whether a clause is fulfilled are
 * read as stored.
 */

/** Stockholm calendar days $1..$2 as a half-open timestamptz range, so the published_at index is used. */
const PUBLISHED_IN_PERIOD = `pr.published_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
    AND pr.published_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'`;

export const countedProcurement = (unit: string) => `pr.status <> 'CANCELLED' AND (${unit}::text IS NULL OR pr.contracting_unit = ${unit}::text)`;
const COUNTED_PROCUREMENT = countedProcurement('$4');

export const COUNTED_STATUS = (alias: string) => `${alias}.verification_status = ANY($3::verification_status[])`;

/** Rows of `p` (placement) whose report is counted: not withdrawn, its verification status in $3. */
export const COUNTED_PLACEMENT = `p.withdrawal_kind IS NULL AND ${COUNTED_STATUS('p')}`;

/**
 * Placement events straight from the placements, for the days `from`..`to` (SQL expressions,
 * inclusive): one row per placement offered and one per placement filled in those days (a
 * placement can be both), of counted procurements only. Both halves are index-only scans of the
 * covering indexes. Full-time months are not read here: they come from the monthly tally rows.
 */
function eventsFromPlacements(from: string, to: string): string {
  return `
    SELECT pr.contracting_unit AS unit, e.supplier_id, e.gender, e.age_band, e.establishment_programme, e.offered, e.filled, e.counting,
      0::float8 AS full_time_months
    FROM (
      SELECT p.contract_id, p.supplier_id, p.gender, p.age_band, p.establishment_programme, 1 AS offered, 0 AS filled, 0 AS counting
      FROM placement p
      WHERE p.offered_date BETWEEN ${from}::date AND ${to}::date AND ${COUNTED_PLACEMENT}
      UNION ALL
      SELECT p.contract_id, p.supplier_id, p.gender, p.age_band, p.establishment_programme, 0, 1, p.counts_toward_requirement::int
      FROM placement p
      WHERE p.filled AND p.start_date BETWEEN ${from}::date AND ${to}::date AND ${COUNTED_PLACEMENT}
    ) e
    JOIN contract ct ON ct.id = e.contract_id
    JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE ${COUNTED_PROCUREMENT}`;
}

/**
 * The share of a month's full-time months that falls in the period: 1 for its whole months, the
 * share of days for the months cut by its first and last day ($11/$12, $13/$14), 0 outside.
 */
const monthWeight = (month: string) => `CASE WHEN ${month} >= $5::date AND ${month} < $8::date THEN 1.0::float8
      WHEN ${month} = $11::date THEN $12::float8 WHEN ${month} = $13::date THEN $14::float8 ELSE 0.0::float8 END`;

/**
 * The tally deltas not yet folded, as signed events: offered and filled in the whole months
 * $5 ≤ day < $8, and the full-time months booked in the stored earnings, weighted by monthWeight.
 */
const EVENTS_FROM_DELTAS = `
    SELECT d.unit, d.supplier_id, d.gender, d.age_band, d.establishment_programme, d.sign AS offered, 0 AS filled, 0 AS counting,
      0::float8 AS full_time_months
    FROM placement_tally_delta d
    WHERE d.offered_date >= $5::date AND d.offered_date < $8::date AND ${COUNTED_STATUS('d')} AND ($4::text IS NULL OR d.unit = $4::text)
    UNION ALL
    SELECT d.unit, d.supplier_id, d.gender, d.age_band, d.establishment_programme, 0, d.sign, d.sign * d.counts_toward_requirement::int, 0::float8
    FROM placement_tally_delta d
    WHERE d.filled AND d.start_date >= $5::date AND d.start_date < $8::date AND ${COUNTED_STATUS('d')} AND ($4::text IS NULL OR d.unit = $4::text)
    UNION ALL
    SELECT d.unit, d.supplier_id, d.gender, d.age_band, d.establishment_programme, 0, 0, 0, d.sign * m.months * ${monthWeight('(d.earning_first_month + (m.i - 1) * interval \'1 month\')::date')}
    FROM placement_tally_delta d CROSS JOIN LATERAL unnest(d.earning_by_month) WITH ORDINALITY m(months, i)
    WHERE d.earning_first_month IS NOT NULL AND ${COUNTED_STATUS('d')} AND ($4::text IS NULL OR d.unit = $4::text)`;

/**
 * The period's placement events with the columns `split` (of unit, supplier_id, gender, age_band,
 * establishment_programme), summed from: the tally `tally` — whole years $6..$7 from its yearly
 * rows, the whole months $5..$6 and $7..$8 around them from its monthly rows, and the full-time
 * months of the months cut by the period's ends ($11, $13) at their share of days — with the deltas
 * not yet folded, and the placements themselves for what was offered and filled on the days before
 * and after the whole months ($1..$9 and $10..$2; see splitPeriod).
 */
function periodEvents(tally: 'placement_tally_by_person' | 'placement_tally_by_supplier', split: string[]): string {
  const columns = split.join(', ');
  const pick = (rows: string) => `SELECT ${columns}, offered, filled, counting, full_time_months FROM (${rows}) r`;
  const where = (yearTotal: boolean) => `${yearTotal ? '' : 'NOT '}t.year_total AND ${COUNTED_STATUS('t')} AND ($4::text IS NULL OR t.unit = $4::text)`;
  const tallied = (yearTotal: boolean, from: string, toExclusive: string) => `
    SELECT ${columns}, offered, filled, counting, full_time_months FROM ${tally} t
    WHERE ${where(yearTotal)} AND t.month >= ${from}::date AND t.month < ${toExclusive}::date`;
  const partial = (month: string, share: string) => `
    SELECT ${columns}, 0, 0, 0, full_time_months * ${share}::float8 FROM ${tally} t
    WHERE ${where(false)} AND t.month = ${month}::date AND ${share}::float8 > 0`;
  return `
    ${pick(eventsFromPlacements('$1', '$9'))}
    UNION ALL
    ${pick(eventsFromPlacements('$10', '$2'))}
    UNION ALL ${tallied(true, '$6', '$7')}
    UNION ALL ${tallied(false, '$5', '$6')}
    UNION ALL ${tallied(false, '$7', '$8')}
    UNION ALL ${partial('$11', '$12')}
    UNION ALL ${partial('$13', '$14')}
    UNION ALL
    ${pick(EVENTS_FROM_DELTAS)}`;
}

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

const SUMS = `sum(offered) AS offered, sum(filled) AS filled, sum(counting) AS counting, sum(full_time_months) AS full_time_months`;
/**
 * A group exists when something was offered, filled or worked in it; tally rows summing to nothing
 * (a report and its correction) do not make one. Float sums of +x and −x leave ~1e-16, hence 1e-6.
 */
const ANY_EVENT = `HAVING sum(offered) <> 0 OR sum(filled) <> 0 OR abs(sum(full_time_months)) > 1e-6`;

/**
 * Measures 4 and 5 with full-time months in every split of person and unit. The inner GROUP BY
 * (at most units × 40 groups) sums the sources; the grouping sets then roll up those few rows.
 * Parameters $1–$10 (see periodSplitParams).
 */
export const PLACEMENTS_IN_PERIOD = `
  WITH fine AS (
    SELECT unit, gender, age_band, establishment_programme, ${SUMS}
    FROM (${periodEvents('placement_tally_by_person', ['unit', 'gender', 'age_band', 'establishment_programme'])}) counted
    GROUP BY unit, gender, age_band, establishment_programme
    ${ANY_EVENT})
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
    sum(f.offered) AS offered, sum(f.filled) AS filled, sum(f.counting) AS counting, sum(f.full_time_months) AS full_time_months
  FROM ${from}
  GROUP BY GROUPING SETS ((${key}), (${key}, f.gender))`;
}

/**
 * Measures 4 and 5 per supplier and per pact member, each in total (by_gender = false) and by
 * gender. One GROUP BY of the period's events per supplier and gender, rolled up once per supplier
 * and once per member through its linked suppliers (a supplier links to at most one member), so
 * a member's figures are exactly the sum of its suppliers'. Parameters $1–$10.
 */
export const PLACEMENTS_PER_SUPPLIER_AND_MEMBER = `
  WITH fine AS (
    SELECT supplier_id, gender, ${SUMS}
    FROM (${periodEvents('placement_tally_by_supplier', ['supplier_id', 'gender'])}) counted
    GROUP BY supplier_id, gender
    ${ANY_EVENT})
  ${rollUpTo('SUPPLIER', ['s.id', 's.name', 's.org_number'], 'fine f JOIN supplier s ON s.id = f.supplier_id')}
  UNION ALL
  ${rollUpTo(
    'MEMBER',
    ['m.id', 'm.name', 'm.org_number'],
    `fine f JOIN pact_member_supplier_link l ON l.supplier_id = f.supplier_id JOIN pact_member m ON m.id = l.member_id`,
  )}`;

/**
 * Adds the sums of FOLD_TALLY_DELTAS's `periods` per month or year, verification status and `split`
 * to the period tally `tally`, creating missing rows.
 */
function foldPeriodsInto(tally: 'placement_tally_by_person' | 'placement_tally_by_supplier', split: string[]): string {
  const key = ['year_total', 'month', ...split, 'verification_status'].join(', ');
  return `
    INSERT INTO ${tally} AS t (${key}, offered, filled, counting, full_time_months)
    SELECT ${key}, ${SUMS} FROM periods GROUP BY ${key}
    ON CONFLICT (${key}) DO UPDATE SET
      offered = t.offered + EXCLUDED.offered, filled = t.filled + EXCLUDED.filled, counting = t.counting + EXCLUDED.counting,
      full_time_months = t.full_time_months + EXCLUDED.full_time_months`;
}

/**
 * Folds up to $1 of the oldest tally deltas into the two tallies, in one statement: the deltas are
 * deleted and their sums added to the tally rows (created when missing) — offered at the offer
 * date, filled and counting at the start date, the stored full-time months in the months they were
 * worked. Deltas another fold holds are skipped. Returns how many deltas it folded.
 */
export const FOLD_TALLY_DELTAS = `
  WITH moved AS (
    DELETE FROM placement_tally_delta
    WHERE id IN (SELECT id FROM placement_tally_delta ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
    RETURNING *),
  events AS (
    SELECT m.offered_date AS day, m.unit, m.supplier_id, m.gender, m.age_band, m.establishment_programme, m.verification_status,
      m.sign AS offered, 0 AS filled, 0 AS counting, 0::float8 AS full_time_months
    FROM moved m
    UNION ALL
    SELECT m.start_date, m.unit, m.supplier_id, m.gender, m.age_band, m.establishment_programme, m.verification_status,
      0, m.sign, m.sign * m.counts_toward_requirement::int, 0::float8
    FROM moved m WHERE m.filled
    UNION ALL
    SELECT (m.earning_first_month + (e.i - 1) * interval '1 month')::date, m.unit, m.supplier_id, m.gender, m.age_band,
      m.establishment_programme, m.verification_status, 0, 0, 0, m.sign * e.months
    FROM moved m CROSS JOIN LATERAL unnest(m.earning_by_month) WITH ORDINALITY e(months, i)
    WHERE m.earning_first_month IS NOT NULL),
  -- Each event into its month's row and its year's row.
  periods AS (
    SELECT g.year_total, date_trunc(CASE WHEN g.year_total THEN 'year' ELSE 'month' END, e.day::timestamp)::date AS month, e.*
    FROM events e CROSS JOIN (VALUES (false), (true)) g(year_total)),
  by_person AS (${foldPeriodsInto('placement_tally_by_person', ['unit', 'gender', 'age_band', 'establishment_programme'])}),
  by_supplier AS (${foldPeriodsInto('placement_tally_by_supplier', ['unit', 'supplier_id', 'gender'])})
  SELECT count(*)::int AS folded FROM moved`;

/** `k`: how many clauses the procurement `pr` has, and whether it has each kind measures 2, 3 and the initiatives count. */
export const CLAUSE_KINDS_OF_PROCUREMENT = `CROSS JOIN LATERAL (
    SELECT count(*) AS clauses,
      coalesce(bool_or(c.type = 'DIALOGUE'), false) AS dialogue,
      coalesce(bool_or(c.type = 'PLACEMENTS'), false) AS placements,
      coalesce(bool_or(c.type = 'INTEGRATION_INITIATIVE'), false) AS initiative
    FROM clause c WHERE c.procurement_id = pr.id) k`;

/** Measures 1–3 and procurements with an integration initiative, in total and per unit; $3 = unit. */
export const PROCUREMENTS_IN_PERIOD = `
  SELECT GROUPING(pr.contracting_unit) AS all_units, pr.contracting_unit AS unit,
    count(*) AS published,
    count(*) FILTER (WHERE k.clauses > 0) AS with_clauses,
    count(*) FILTER (WHERE k.dialogue) AS with_dialogue,
    count(*) FILTER (WHERE k.placements) AS with_placements,
    count(*) FILTER (WHERE k.initiative) AS with_integration_initiative
  FROM procurement pr
  ${CLAUSE_KINDS_OF_PROCUREMENT}
  WHERE ${PUBLISHED_IN_PERIOD} AND ${countedProcurement('$3')}
  GROUP BY GROUPING SETS ((), (pr.contracting_unit))`;

/**
 * The clauses chosen by `selection` (a query yielding clause id and type, plus descriptive columns)
 * with their stored outcomes (clause_outcome,
 * written by the rules in src/reporting): the figures are summed as stored, never re-derived.
 * A clause not yet awarded has no outcome and counts as not fulfilled, without reports.
 */
function clauseOutcomes(selection: string): string {
  return `
  WITH selected AS (${selection}),
  judged AS (
    SELECT s.*, coalesce(o.status = 'FULFILLED', false) AS fulfilled, o.status,
      coalesce(o.reports, 0) AS reports, coalesce(o.required_count, 0) AS required_count,
      coalesce(o.counted_placements, 0) AS filled,
      coalesce(o.required_full_time_months, 0) AS required_full_time_months,
      coalesce(o.delivered_full_time_months, 0) AS delivered_full_time_months,
      coalesce(o.committed_full_time_months, 0) AS committed_full_time_months,
      coalesce(o.meetings, 0) AS meetings, coalesce(o.required_meetings, 0) AS required_meetings,
      coalesce(o.milestones, 0) AS milestones, coalesce(o.milestones_completed, 0) AS milestones_completed,
      coalesce(o.participants, 0) AS participants
    -- A procurement is awarded once, so a clause has at most one outcome: found by its clause alone.
    FROM selected s LEFT JOIN clause_outcome o ON o.clause_id = s.id)`;
}

const CLAUSE_COLUMNS = `c.id, c.type, c.number, pr.reference_number, pr.title, pr.contracting_unit AS unit,
      ct.end_date::text AS contract_end_date, sup.name AS supplier_name`;
const CLAUSE_JOINS = `JOIN clause c ON c.procurement_id = pr.id
    LEFT JOIN contract ct ON ct.procurement_id = pr.id
    LEFT JOIN supplier sup ON sup.id = ct.supplier_id`;

/** Fulfilment per clause type of the clauses of the procurements counted in the period; $3 = unit. */
export const CLAUSES_OF_PERIOD = `${clauseOutcomes(`
    SELECT c.id, c.type FROM procurement pr
    JOIN clause c ON c.procurement_id = pr.id
    WHERE ${PUBLISHED_IN_PERIOD} AND ${countedProcurement('$3')}`)}
  SELECT type, count(*) AS clauses,
    count(*) FILTER (WHERE reports = 0) AS without_reports,
    count(*) FILTER (WHERE fulfilled) AS fulfilled,
    count(*) FILTER (WHERE status = 'AT_RISK') AS at_risk,
    count(*) FILTER (WHERE status = 'NOT_FULFILLED') AS not_fulfilled,
    sum(required_count) AS required_count, sum(filled) AS filled,
    sum(required_full_time_months) AS required_full_time_months,
    sum(delivered_full_time_months) AS delivered_full_time_months,
    sum(committed_full_time_months) AS committed_full_time_months,
    sum(meetings) AS meetings, sum(milestones) AS milestones,
    sum(milestones_completed) AS milestones_completed, sum(participants) AS participants
  FROM judged GROUP BY type`;

/** Clauses whose contract ended in the period without being fulfilled (annual report); $3 = unit, $4 = limit. */
export const CLAUSES_NOT_FULFILLED = `${clauseOutcomes(`
    SELECT ${CLAUSE_COLUMNS} FROM procurement pr ${CLAUSE_JOINS}
    WHERE ct.end_date BETWEEN $1::date AND $2::date AND ${countedProcurement('$3')}`)}
  SELECT *, count(*) OVER () AS total FROM judged WHERE NOT fulfilled
  ORDER BY contract_end_date, reference_number, number
  LIMIT $4`;

/**
 * Breach decisions taken in the period (their decision date, Stockholm), in total and per unit;
 * $3 = unit. The amounts are summed as decided and stored, never recomputed.
 */
export const PENALTIES_IN_PERIOD = `
  SELECT GROUPING(pr.contracting_unit) AS all_units, pr.contracting_unit AS unit,
    count(*) AS decisions,
    count(*) FILTER (WHERE d.outcome = 'PENALTY') AS penalty_decisions,
    count(*) FILTER (WHERE d.outcome = 'WAIVED') AS waived_decisions,
    coalesce(sum(d.amount_sek), 0) AS amount_sek
  FROM breach_decision d
  JOIN contract ct ON ct.id = d.contract_id
  JOIN procurement pr ON pr.id = ct.procurement_id
  WHERE d.decided_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR pr.contracting_unit = $3::text)
  GROUP BY GROUPING SETS ((), (pr.contracting_unit))`;
