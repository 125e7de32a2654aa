import { CLAUSE_KINDS_OF_PROCUREMENT, COUNTED_STATUS, countedProcurement } from './results.queries';

/**
 * The five measures per calendar quarter (the dashboard's trend). Parameters:
 *   $1 first day of the first quarter  $2 the day after the last quarter
 *   $3 counted verification statuses (text[])  $4 contracting unit (text, NULL = all units)
 *
 * Quarters are whole months, so placements offered and filled come from the monthly tally rows
 * and the deltas not yet folded, exactly as results() reads a period of whole months
 * (results.queries.ts): the same figures, never re-derived from the placements. Procurements count
 * in the quarter of their publication (Stockholm time), never when CANCELLED. Every quarter of the
 * range gets a row, with zeros when nothing happened in it.
 */
export const MEASURES_BY_QUARTER = `
  WITH quarters AS (
    SELECT q::date AS quarter FROM generate_series($1::date, $2::date - 1, interval '3 months') q),
  procurements AS (
    SELECT date_trunc('quarter', pr.published_at AT TIME ZONE 'Europe/Stockholm')::date AS quarter,
      count(*) FILTER (WHERE k.clauses > 0) AS with_clauses,
      count(*) FILTER (WHERE k.dialogue) AS with_dialogue,
      count(*) FILTER (WHERE k.placements) AS with_placements
    FROM procurement pr
    ${CLAUSE_KINDS_OF_PROCUREMENT}
    WHERE pr.published_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
      AND pr.published_at < ($2::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
      AND ${countedProcurement('$4')}
    GROUP BY 1),
  placements AS (
    SELECT date_trunc('quarter', e.day::timestamp)::date AS quarter, sum(e.offered) AS offered, sum(e.filled) AS filled
    FROM (
      SELECT t.month AS day, t.offered, t.filled FROM placement_tally_by_person t
      WHERE NOT t.year_total AND t.month >= $1::date AND t.month < $2::date AND ${COUNTED_STATUS('t')} AND ($4::text IS NULL OR t.unit = $4::text)
      UNION ALL
      SELECT d.offered_date, d.sign, 0 FROM placement_tally_delta d
      WHERE d.offered_date >= $1::date AND d.offered_date < $2::date AND ${COUNTED_STATUS('d')} AND ($4::text IS NULL OR d.unit = $4::text)
      UNION ALL
      SELECT d.start_date, 0, d.sign FROM placement_tally_delta d
      WHERE d.filled AND d.start_date >= $1::date AND d.start_date < $2::date AND ${COUNTED_STATUS('d')} AND ($4::text IS NULL OR d.unit = $4::text)
    ) e
    GROUP BY 1)
  SELECT q.quarter::text AS quarter,
    coalesce(pr.with_clauses, 0) AS with_clauses, coalesce(pr.with_dialogue, 0) AS with_dialogue,
    coalesce(pr.with_placements, 0) AS with_placements,
    coalesce(pl.offered, 0) AS offered, coalesce(pl.filled, 0) AS filled
  FROM quarters q
  LEFT JOIN procurements pr ON pr.quarter = q.quarter
  LEFT JOIN placements pl ON pl.quarter = q.quarter
  ORDER BY q.quarter`;
