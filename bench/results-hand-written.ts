/**
 * The figures of GET /api/results written by hand as plain SQL, independently of
 * src/results/results.queries.ts: the benchmark's yardstick and a cross-check of its figures.
 * Like the service it decides no rule: full-time months are the placements' stored monthly
 * earnings (`earning_by_month[i]` worked in the month `earning_first_month` + i − 1), clause
 * fulfilment is the stored clause_outcome. $1 from, $2 to (dates; whole months, as for a year),
 * $3 counted verification statuses.
 */
const MONTH_OF = `(p.earning_first_month + (m.i - 1) * interval '1 month')::date`;
const MONTHS_IN_PERIOD = `coalesce((SELECT sum(m.months) FROM unnest(p.earning_by_month) WITH ORDINALITY m(months, i)
      WHERE ${MONTH_OF} BETWEEN $1::date AND $2::date), 0::float8)`;
/** Some stored month of the placement lies in the period. */
const WORKED_IN_PERIOD = `p.earning_first_month <= $2::date
      AND (p.earning_first_month + (cardinality(p.earning_by_month) - 1) * interval '1 month')::date >= $1::date`;

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
      CASE WHEN ${WORKED_IN_PERIOD} THEN ${MONTHS_IN_PERIOD} ELSE 0::float8 END AS months
    FROM placement p
    JOIN contract ct ON ct.id = p.contract_id
    JOIN procurement pr ON pr.id = ct.procurement_id AND pr.status <> 'CANCELLED'
    WHERE p.withdrawal_kind IS NULL AND p.verification_status = ANY($3::verification_status[])
      AND (p.offered_date BETWEEN $1::date AND $2::date OR (p.filled AND p.start_date BETWEEN $1::date AND $2::date) OR ${WORKED_IN_PERIOD}))
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

/** Every clause of the procurements of the period, fulfilled when its contract's stored outcome says so. */
const CLAUSES = `
  SELECT c.type, count(*) AS clauses, count(*) FILTER (WHERE o.status = 'FULFILLED') AS fulfilled
  FROM procurement pr
  JOIN clause c ON c.procurement_id = pr.id
  LEFT JOIN contract ct ON ct.procurement_id = pr.id
  LEFT JOIN clause_outcome o ON o.contract_id = ct.id AND o.clause_id = c.id
  WHERE ${IN_PERIOD}
  GROUP BY c.type`;

/** Placements, procurements and clauses, each with whether it takes the statuses ($3): run side by side like the service does. */
export const HAND_WRITTEN: [sql: string, withStatuses: boolean][] = [
  [PLACEMENTS, true],
  [PROCUREMENTS, false],
  [CLAUSES, false],
];
