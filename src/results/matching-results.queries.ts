/**
 * The SQL of the Jobbpartner measures and the matching figures. The statements only group and
 * count stored rows by the day of each step; which measure a referral counts toward is decided in
 * TypeScript (classifyReferral in ./matching-results).
 *
 * Parameters: $1 from (date, inclusive)  $2 to (date, inclusive), and for the statements on
 * vacancies and referrals $3 contracting unit (text, NULL = all units); the placement share takes
 * $3 the counted verification statuses and $4 the unit, as the pact results' queries do.
 *
 * A vacancy's pact member is its own (a Jobbpartner's vacancy) or the member linked to its supplier
 * (pact_member_supplier_link); its contracting unit is that of the procurement of its tied contract,
 * NULL for an untied vacancy. With a unit, only vacancies tied to that unit's contracts count.
 * Letters of intent and recruitment events belong to no unit and are counted whatever the unit (their statements take $1 and $2 only).
 */
import { COUNTED_PLACEMENT, countedProcurement } from './results.queries';

/** A vacancy `v` with its member `m` and the unit `pr.contracting_unit`, filtered to the unit $3. */
const VACANCY_EMPLOYER = `
  LEFT JOIN pact_member_supplier_link l ON l.supplier_id = v.supplier_id
  LEFT JOIN pact_member m ON m.id = coalesce(v.pact_member_id, l.member_id)
  LEFT JOIN contract ct ON ct.id = v.contract_id
  LEFT JOIN procurement pr ON pr.id = ct.procurement_id`;
const IN_UNIT = `($3::text IS NULL OR pr.contracting_unit = $3::text)`;
const MEMBER_COLUMNS = `m.id AS member_id, m.name AS member_name, m.org_number::text AS member_org_number`;

const inPeriod = (column: string) => `${column} BETWEEN $1::date AND $2::date`;
/** Hired with a start in the period: a hire is counted as filled, and as a hire, by its start date. */
const HIRED_IN_PERIOD = `r.outcome = 'HIRED' AND ${inPeriod('r.hired_start_date')}`;

/** Referrals grouped finely enough for every measure and split, counted by each step's own day. */
export const REFERRALS_IN_PERIOD = `
  SELECT v.kind, r.target_group, r.gender, r.age_band, r.establishment_programme, pr.contracting_unit AS unit,
    r.not_hired_reason, ${MEMBER_COLUMNS},
    count(*) FILTER (WHERE ${inPeriod('r.referred_on')}) AS referred,
    count(*) FILTER (WHERE ${inPeriod('r.interviewed_on')}) AS interviewed,
    count(*) FILTER (WHERE ${inPeriod('r.offered_on')}) AS offered,
    count(*) FILTER (WHERE ${HIRED_IN_PERIOD}) AS filled,
    count(*) FILTER (WHERE ${inPeriod('r.not_hired_on')}) AS not_hired
  FROM referral r
  JOIN vacancy v ON v.id = r.vacancy_id
  ${VACANCY_EMPLOYER}
  WHERE ${IN_UNIT} AND (${inPeriod('r.referred_on')} OR ${inPeriod('r.interviewed_on')} OR ${inPeriod('r.offered_on')}
    OR (${HIRED_IN_PERIOD}) OR ${inPeriod('r.not_hired_on')})
  GROUP BY v.kind, r.target_group, r.gender, r.age_band, r.establishment_programme, pr.contracting_unit, r.not_hired_reason, m.id`;

/** Vacancies announced in the period (created_on) and their positions, per member and unit. */
export const VACANCIES_IN_PERIOD = `
  SELECT pr.contracting_unit AS unit, ${MEMBER_COLUMNS}, count(*) AS vacancies, sum(v.positions) AS positions
  FROM vacancy v
  ${VACANCY_EMPLOYER}
  WHERE ${inPeriod('v.created_on')} AND ${IN_UNIT}
  GROUP BY pr.contracting_unit, m.id`;

/**
 * Days from a vacancy's announcement (created_on) to the day its hire was agreed (hired_on, the
 * day the employer gave for the outcome), over the hires of the period.
 */
export const DAYS_TO_HIRE = `
  SELECT count(*) AS hires, percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days) AS median, avg(d.days) AS mean
  FROM (
    SELECT r.hired_on - v.created_on AS days
    FROM referral r
    JOIN vacancy v ON v.id = r.vacancy_id
    LEFT JOIN contract ct ON ct.id = v.contract_id
    LEFT JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE ${HIRED_IN_PERIOD} AND ${IN_UNIT}) d`;

/**
 * Clause placements filled in the period (start_date) as the pact results count them — not
 * withdrawn, a counted verification status ($3), a procurement not cancelled — and how many of them
 * came through the city's matching (referral_id set).
 */
export const PLACEMENT_SHARE = `
  SELECT count(*) AS filled, count(*) FILTER (WHERE p.referral_id IS NOT NULL) AS through_matching
  FROM placement p
  JOIN contract ct ON ct.id = p.contract_id
  JOIN procurement pr ON pr.id = ct.procurement_id
  WHERE p.filled AND ${inPeriod('p.start_date')} AND ${COUNTED_PLACEMENT} AND ${countedProcurement('$4')}`;

/** Members whose first letter of intent that includes JOB_PARTNER was signed in the period (unit-free). */
export const AGREEMENTS_SIGNED = `
  SELECT ${MEMBER_COLUMNS}
  FROM (
    SELECT DISTINCT ON (member_id) member_id, signed_on FROM letter_of_intent
    WHERE 'JOB_PARTNER' = ANY(activities)
    ORDER BY member_id, version) first
  JOIN pact_member m ON m.id = first.member_id
  WHERE ${inPeriod('first.signed_on')}`;

const EVENTS_HELD = `SELECT id FROM recruitment_event e WHERE ${inPeriod('e.held_on')}`;

/** Recruitment events held in the period (unit-free): how many, and their outcomes. */
export const EVENT_TOTALS = `
  SELECT count(*) AS events, coalesce(sum(e.interviews), 0) AS interviews, coalesce(sum(e.offers), 0) AS offers,
    coalesce(sum(e.hires), 0) AS hires
  FROM recruitment_event e WHERE e.id IN (${EVENTS_HELD})`;

/** Their attendees by gender and age band. */
export const EVENT_ATTENDANCE = `
  SELECT a.gender, a.age_band, sum(a.attendees) AS attendees
  FROM recruitment_event_attendance a WHERE a.event_id IN (${EVENTS_HELD})
  GROUP BY a.gender, a.age_band`;

/** Per member: the events it took part in, itself or through a linked supplier (each event once). */
export const EVENTS_PER_MEMBER = `
  SELECT ${MEMBER_COLUMNS}, count(DISTINCT p.event_id) AS events
  FROM recruitment_event_participant p
  LEFT JOIN pact_member_supplier_link l ON l.supplier_id = p.supplier_id
  JOIN pact_member m ON m.id = coalesce(p.pact_member_id, l.member_id)
  WHERE p.event_id IN (${EVENTS_HELD})
  GROUP BY m.id`;
