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

/** Rows of `p` (placement) whose report is counted: its verification status is in $3. */
const COUNTED_PLACEMENT = COUNTED_STATUS('p');

/** Clause versions whose early-ending credit is not the model's 75: clause_version_other_credit_idx. */
const OTHER_CREDIT_VERSIONS = `SELECT cv.clause_id, cv.version, cv.early_ending_credit_percent AS credit FROM clause_version cv
      WHERE cv.early_ending_credit_percent <> ${DEFAULT_EARLY_ENDING_CREDIT_PERCENT}`;
/** Of those, the clauses' current versions (clause_id, credit). */
const OTHER_CREDITS = `
      SELECT v.clause_id, v.credit FROM (${OTHER_CREDIT_VERSIONS}) v
      JOIN clause c ON c.id = v.clause_id AND c.current_version = v.version`;
/** OTHER_CREDITS joined to placements `p` as `cc`. */
const CREDIT_EXCEPTIONS = `LEFT JOIN (${OTHER_CREDITS}) cc ON cc.clause_id = p.clause_id`;
const FULL_TIME_MONTHS_WITH_CREDIT = fullTimeMonths('p', `coalesce(cc.credit, ${DEFAULT_EARLY_ENDING_CREDIT_PERCENT})`);

/**
 * Full-time months of a placement image `d` as the tallies hold them: with the model's early-ending
 * credit (corrected for other credits when read, see CREDIT_CORRECTION); and, for the clause tally,
 * split into those of placements that did not end early and the agreed months of those that did.
 */
const monthsAtModelCredit = (d: string) => fullTimeMonths(d, String(DEFAULT_EARLY_ENDING_CREDIT_PERCENT));
const agreedMonths = (d: string) => fullTimeMonths(d, '100');
const monthsNotEndedEarly = (d: string) => `CASE WHEN ${d}.early_end_date IS NULL THEN ${agreedMonths(d)} ELSE 0::float8 END`;
const monthsEndedEarly = (d: string) => `CASE WHEN ${d}.early_end_date IS NOT NULL THEN ${agreedMonths(d)} ELSE 0::float8 END`;

/**
 * A clause's figures from placement images `d` with signs (deltas): reports, filled, full-time months
 * of placements that did not end early, agreed months of those that did — as the clause tally holds them.
 */
const clauseSums = (d: string) => `sum(${d}.sign) AS reports, coalesce(sum(${d}.sign) FILTER (WHERE ${d}.filled), 0) AS filled,
      coalesce(sum(${d}.sign * ${monthsNotEndedEarly(d)}) FILTER (WHERE ${d}.filled), 0) AS full_time_months,
      coalesce(sum(${d}.sign * ${monthsEndedEarly(d)}) FILTER (WHERE ${d}.filled), 0) AS early_ended_agreed_months`;

/**
 * Placement events straight from the placements, for the days `from`..`to` (SQL expressions,
 * inclusive): one row per placement offered and one per placement filled in those days (a
 * placement can be both), of counted procurements only. Both halves are index-only scans of the
 * covering indexes.
 */
function eventsFromPlacements(from: string, to: string): string {
  return `
    SELECT pr.contracting_unit AS unit, e.supplier_id, e.gender, e.age_band, e.establishment_programme, e.offered, e.filled, e.full_time_months
    FROM (
      SELECT p.contract_id, p.supplier_id, p.gender, p.age_band, p.establishment_programme,
        1 AS offered, 0 AS filled, 0::float8 AS full_time_months
      FROM placement p
      WHERE p.offered_date BETWEEN ${from}::date AND ${to}::date AND ${COUNTED_PLACEMENT}
      UNION ALL
      SELECT p.contract_id, p.supplier_id, p.gender, p.age_band, p.establishment_programme, 0, 1, ${FULL_TIME_MONTHS_WITH_CREDIT}
      FROM placement p ${CREDIT_EXCEPTIONS}
      WHERE p.filled AND p.start_date BETWEEN ${from}::date AND ${to}::date AND ${COUNTED_PLACEMENT}
    ) e
    JOIN contract ct ON ct.id = e.contract_id
    JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE ${COUNTED_PROCUREMENT}`;
}

/** The tally deltas not yet folded, as signed events of the whole months $5 ≤ day < $8. */
const EVENTS_FROM_DELTAS = `
    SELECT d.unit, d.supplier_id, d.gender, d.age_band, d.establishment_programme, d.sign AS offered, 0 AS filled, 0::float8 AS full_time_months
    FROM placement_tally_delta d
    WHERE d.offered_date >= $5::date AND d.offered_date < $8::date AND ${COUNTED_STATUS('d')} AND ($4::text IS NULL OR d.unit = $4::text)
    UNION ALL
    SELECT d.unit, d.supplier_id, d.gender, d.age_band, d.establishment_programme, 0, d.sign, d.sign * ${monthsAtModelCredit('d')}
    FROM placement_tally_delta d
    WHERE d.filled AND d.start_date >= $5::date AND d.start_date < $8::date AND ${COUNTED_STATUS('d')} AND ($4::text IS NULL OR d.unit = $4::text)`;

/**
 * What the tallies' full-time months lack for the placements that ended early, started in the whole
 * months $5 ≤ day < $8, under the few clauses whose current version names a credit other than the
 * model's 75 % (the early-ended placements through placement_results_early_end_idx, the clauses
 * through clause_version_other_credit_idx).
 */
const CREDIT_CORRECTION = `
    SELECT pr.contracting_unit AS unit, p.supplier_id, p.gender, p.age_band, p.establishment_programme, 0 AS offered, 0 AS filled,
      ${agreedMonths('p')} * (cc.credit - ${DEFAULT_EARLY_ENDING_CREDIT_PERCENT})::float8 / 100.0 AS full_time_months
    FROM placement p
    -- The other-credit versions are hashed once (OFFSET 0 keeps them a set of their own) rather than
    -- looked up per early-ended placement; only the placements they match are checked for being of
    -- the clause's current version.
    JOIN (${OTHER_CREDIT_VERSIONS} OFFSET 0) cc ON cc.clause_id = p.clause_id
    JOIN clause c ON c.id = cc.clause_id AND c.current_version = cc.version
    JOIN contract ct ON ct.id = p.contract_id
    JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE p.filled AND p.early_end_date IS NOT NULL AND p.start_date >= $5::date AND p.start_date < $8::date
      AND ${COUNTED_PLACEMENT} AND ${COUNTED_PROCUREMENT}`;

/**
 * The period's placement events with the columns `split` (of unit, supplier_id, gender, age_band,
 * establishment_programme), summed from: the tally `tally` — whole years $6..$7 from its yearly
 * rows, the whole months $5..$6 and $7..$8 around them from its monthly rows — with the deltas not
 * yet folded and the credit correction, and the placements themselves for the days before and
 * after the whole months ($1..$9 and $10..$2; see splitPeriod).
 */
function periodEvents(tally: 'placement_tally_by_person' | 'placement_tally_by_supplier', split: string[]): string {
  const columns = split.join(', ');
  const pick = (rows: string) => `SELECT ${columns}, offered, filled, full_time_months FROM (${rows}) r`;
  const tallied = (yearTotal: boolean, from: string, toExclusive: string) => `
    SELECT ${columns}, offered, filled, full_time_months FROM ${tally} t
    WHERE ${yearTotal ? '' : 'NOT '}t.year_total AND t.month >= ${from}::date AND t.month < ${toExclusive}::date
      AND ${COUNTED_STATUS('t')} AND ($4::text IS NULL OR t.unit = $4::text)`;
  return `
    ${pick(eventsFromPlacements('$1', '$9'))}
    UNION ALL
    ${pick(eventsFromPlacements('$10', '$2'))}
    UNION ALL ${tallied(true, '$6', '$7')}
    UNION ALL ${tallied(false, '$5', '$6')}
    UNION ALL ${tallied(false, '$7', '$8')}
    UNION ALL
    ${pick(EVENTS_FROM_DELTAS)}
    UNION ALL
    ${pick(CREDIT_CORRECTION)}`;
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

const SUMS = `sum(offered) AS offered, sum(filled) AS filled, sum(full_time_months) AS full_time_months`;
/** A group exists when something was offered or filled in it; tally rows summing to nothing do not make one. */
const ANY_EVENT = `HAVING sum(offered) <> 0 OR sum(filled) <> 0`;

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
    sum(f.offered) AS offered, sum(f.filled) AS filled, sum(f.full_time_months) AS full_time_months
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
    INSERT INTO ${tally} AS t (${key}, offered, filled, full_time_months)
    SELECT ${key}, ${SUMS} FROM periods GROUP BY ${key}
    ON CONFLICT (${key}) DO UPDATE SET
      offered = t.offered + EXCLUDED.offered, filled = t.filled + EXCLUDED.filled,
      full_time_months = t.full_time_months + EXCLUDED.full_time_months`;
}

/**
 * Folds up to $1 of the oldest tally deltas into the three tallies, in one statement: the deltas
 * are deleted and their sums added to the tally rows (created when missing). Deltas another fold
 * holds are skipped. Returns how many deltas it folded.
 */
export const FOLD_TALLY_DELTAS = `
  WITH moved AS (
    DELETE FROM placement_tally_delta
    WHERE id IN (SELECT id FROM placement_tally_delta ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
    RETURNING *),
  events AS (
    SELECT m.offered_date AS day, m.unit, m.supplier_id, m.gender, m.age_band, m.establishment_programme, m.verification_status,
      m.sign AS offered, 0 AS filled, 0::float8 AS full_time_months
    FROM moved m
    UNION ALL
    SELECT m.start_date, m.unit, m.supplier_id, m.gender, m.age_band, m.establishment_programme, m.verification_status,
      0, m.sign, m.sign * ${monthsAtModelCredit('m')}
    FROM moved m WHERE m.filled),
  -- Each event into its month's row and its year's row.
  periods AS (
    SELECT g.year_total, date_trunc(CASE WHEN g.year_total THEN 'year' ELSE 'month' END, e.day::timestamp)::date AS month, e.*
    FROM events e CROSS JOIN (VALUES (false), (true)) g(year_total)),
  by_person AS (${foldPeriodsInto('placement_tally_by_person', ['unit', 'gender', 'age_band', 'establishment_programme'])}),
  by_supplier AS (${foldPeriodsInto('placement_tally_by_supplier', ['unit', 'supplier_id', 'gender'])}),
  by_clause AS (
    INSERT INTO placement_tally_by_clause AS t (clause_id, verification_status, reports, filled, full_time_months, early_ended_agreed_months)
    SELECT m.clause_id, m.verification_status, ${clauseSums('m')}
    FROM moved m GROUP BY m.clause_id, m.verification_status
    ON CONFLICT (clause_id, verification_status) DO UPDATE SET
      reports = t.reports + EXCLUDED.reports, filled = t.filled + EXCLUDED.filled,
      full_time_months = t.full_time_months + EXCLUDED.full_time_months,
      early_ended_agreed_months = t.early_ended_agreed_months + EXCLUDED.early_ended_agreed_months)
  SELECT count(*)::int AS folded FROM moved`;

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
  fulfilment AS (
    SELECT s.*,
      pl.reports + coalesce(mt.meetings, 0) + coalesce(pg.reports, 0) AS reports,
      req.count AS required_count, req.full_time_months AS required_full_time_months,
      pl.filled, pl.full_time_months AS delivered_full_time_months,
      coalesce(mt.meetings, 0) AS meetings, 1 + coalesce((s.parameters ->> 'followUpMeetings')::int, 0) AS required_meetings,
      coalesce(pg.completed, 0) AS milestones_completed,
      jsonb_array_length(coalesce(s.parameters -> 'milestones', '[]'::jsonb)) AS milestones,
      coalesce(pg.participants, 0) AS participants
    FROM selected s
    -- Per clause: its folded tally rows (an index-only scan of the primary key) and its deltas not yet
    -- folded (placement_tally_delta_clause_idx); the early-ended placements' agreed months get the
    -- clause's credit.
    LEFT JOIN LATERAL (
      SELECT sum(t.reports) AS reports, sum(t.filled) AS filled, sum(t.full_time_months) AS full_time_months,
        sum(t.early_ended_agreed_months) AS early_ended_agreed_months
      FROM placement_tally_by_clause t
      WHERE s.type = 'PLACEMENTS' AND t.clause_id = s.id AND ${COUNTED_STATUS('t')}) folded ON true
    LEFT JOIN LATERAL (
      SELECT ${clauseSums('d')}
      FROM placement_tally_delta d
      WHERE s.type = 'PLACEMENTS' AND d.clause_id = s.id AND ${COUNTED_STATUS('d')}) pending ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(folded.reports, 0) + coalesce(pending.reports, 0) AS reports,
        coalesce(folded.filled, 0) + coalesce(pending.filled, 0) AS filled,
        coalesce(folded.full_time_months, 0) + coalesce(pending.full_time_months, 0)
          + (coalesce(folded.early_ended_agreed_months, 0) + coalesce(pending.early_ended_agreed_months, 0))
            * ${creditOf('s.parameters')}::float8 / 100.0 AS full_time_months) pl
    -- Meetings and initiative progress per clause of their type, through their clause indexes.
    LEFT JOIN LATERAL (
      SELECT count(*) AS meetings FROM dialogue_meeting m
      WHERE s.type = 'DIALOGUE' AND m.clause_id = s.id AND ${COUNTED_STATUS('m')}) mt ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS reports,
        count(DISTINCT i.milestone_title) FILTER (WHERE i.progress_status = 'COMPLETED') AS completed,
        coalesce(sum(i.participants), 0) AS participants
      FROM initiative_progress i
      WHERE s.type = 'INTEGRATION_INITIATIVE' AND i.clause_id = s.id AND ${COUNTED_STATUS('i')}) pg ON true
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
