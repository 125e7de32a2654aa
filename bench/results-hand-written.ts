/**
 * The figures of GET /api/results written by hand as plain SQL, independently of
 * src/results/results.queries.ts: the benchmark's yardstick and a cross-check of its figures.
 * $1 from, $2 to (dates), $3 counted verification statuses.
 */
const FTM = `((date_part('year', p.end_date + 1) - date_part('year', p.start_date)) * 12
      + date_part('month', p.end_date + 1) - date_part('month', p.start_date)
      + (date_part('day', p.end_date + 1) - date_part('day', p.start_date)) / 30.0) * p.working_time_percent / 100.0::float8
    * CASE WHEN p.early_end_date IS NULL THEN 1.0::float8
      ELSE coalesce((cv.parameters ->> 'earlyEndingCreditPercent')::float8, 75) / 100.0 END`;

const splits: [string, string][] = [
  ['total', 'NULL'],
  ['gender', 'gender'],
  ['age_band', 'age_band'],
  ['programme', 'programme::text'],
  ['gender_age', `gender || '/' || age_band`],
  ['gender_programme', `gender || '/' || programme`],
  ['unit', 'unit'],
  ['unit_gender', `unit || '/' || gender`],
  ['supplier', 'supplier_id::text'],
  ['supplier_gender', `supplier_id || '/' || gender`],
];

const PLACEMENTS = `
  WITH counted AS MATERIALIZED (
    SELECT p.gender::text AS gender, p.age_band::text AS age_band, p.establishment_programme AS programme,
      pr.contracting_unit AS unit, p.supplier_id,
      p.offered_date BETWEEN $1::date AND $2::date AS offered,
      p.filled AND p.start_date BETWEEN $1::date AND $2::date AS filled,
      CASE WHEN p.filled AND p.start_date BETWEEN $1::date AND $2::date THEN ${FTM} ELSE 0::float8 END AS months
    FROM placement p
    JOIN contract ct ON ct.id = p.contract_id
    JOIN procurement pr ON pr.id = ct.procurement_id AND pr.status <> 'CANCELLED'
    JOIN clause c ON c.id = p.clause_id
    JOIN clause_version cv ON cv.clause_id = c.id AND cv.version = c.current_version
    WHERE p.verification_status= ANY($3::verification_status[])
      AND (p.offered_date BETWEEN $1::date AND $2::date OR (p.filled AND p.start_date BETWEEN $1::date AND $2::date)))
  ${splits
    .map(
      ([split, key]) => `SELECT '${split}' AS split, ${key} AS key, count(*) FILTER (WHERE offered) AS offered,
      count(*) FILTER (WHERE filled) AS filled, sum(months) AS full_time_months
    FROM counted${key === 'NULL' ? '' : ` GROUP BY ${key}`}`,
    )
    .join('\n  UNION ALL ')}`;

const IN_PERIOD = `pr.published_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
    AND pr.published_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm' AND pr.status <> 'CANCELLED'`;

const PROCUREMENTS = `
  SELECT pr.contracting_unit AS unit, count(*) AS published,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM clause c WHERE c.procurement_id = pr.id)) AS with_clauses,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM clause c WHERE c.procurement_id = pr.id AND c.type = 'DIALOGUE')) AS with_dialogue,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM clause c WHERE c.procurement_id = pr.id AND c.type = 'PLACEMENTS')) AS with_placements,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM clause c WHERE c.procurement_id = pr.id AND c.type = 'INTEGRATION_INITIATIVE')) AS with_initiative
  FROM procurement pr WHERE ${IN_PERIOD}
  GROUP BY ROLLUP (pr.contracting_unit) ORDER BY pr.contracting_unit NULLS FIRST`;

const CLAUSES = `
  WITH per_clause AS (
    SELECT c.type,
      CASE c.type
        WHEN 'PLACEMENTS' THEN
          pl.filled >= (SELECT coalesce(sum((l ->> 'count')::numeric), 0) FROM jsonb_array_elements(cv.parameters -> 'lines') l)
          AND round(pl.months::numeric, 2) >= (SELECT coalesce(sum((l ->> 'fullTimeMonths')::numeric), 0) FROM jsonb_array_elements(cv.parameters -> 'lines') l)
        WHEN 'DIALOGUE' THEN mt.meetings >= 1 + coalesce((cv.parameters ->> 'followUpMeetings')::int, 0)
        ELSE ip.completed >= greatest(jsonb_array_length(coalesce(cv.parameters -> 'milestones', '[]'::jsonb)), 1)
      END AS fulfilled
    FROM procurement pr
    JOIN clause c ON c.procurement_id = pr.id
    JOIN clause_version cv ON cv.clause_id = c.id AND cv.version = c.current_version
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE p.filled) AS filled, coalesce(sum(${FTM}) FILTER (WHERE p.filled), 0) AS months
      FROM placement p WHERE p.clause_id = c.id AND c.type = 'PLACEMENTS' AND p.verification_status= ANY($3::verification_status[])) pl ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS meetings FROM dialogue_meeting m
      WHERE m.clause_id = c.id AND c.type = 'DIALOGUE' AND m.verification_status= ANY($3::verification_status[])) mt ON true
    LEFT JOIN LATERAL (
      SELECT count(DISTINCT i.milestone_title) FILTER (WHERE i.progress_status = 'COMPLETED') AS completed FROM initiative_progress i
      WHERE i.clause_id = c.id AND c.type = 'INTEGRATION_INITIATIVE' AND i.verification_status= ANY($3::verification_status[])) ip ON true
    WHERE ${IN_PERIOD})
  SELECT type, count(*) AS clauses, count(*) FILTER (WHERE fulfilled) AS fulfilled FROM per_clause GROUP BY type`;

/** Placements, procurements and clauses, each with whether it takes the statuses ($3): run side by side like the service does. */
export const HAND_WRITTEN: [sql: string, withStatuses: boolean][] = [
  [PLACEMENTS, true],
  [PROCUREMENTS, false],
  [CLAUSES, true],
];
