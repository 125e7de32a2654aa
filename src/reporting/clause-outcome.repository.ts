import { EntityManager } from 'typeorm';
import { ClauseParameters, ClauseType, TargetGroup } from '../clauses/clause.types';
import { ClauseStatusResult, MeetingFact, ProgressFact } from './clause-status';
import { PlacementFact } from './placements-progress';
import { PlacementsSummary } from './placements-summary';
import { preparedQuery } from '../database/prepared-query';

/**
 * Every SQL statement that reads the facts the rules judge, or writes what they decided. Reads and
 * writes are one statement each, so a refresh holds its contract's lock for a few round trips only.
 */

/** One followed clause of a contract with everything its rules need. */
export interface ClauseFacts {
  contract: { id: string; startDate: string; endDate: string };
  clause: { id: string; type: ClauseType; number: number };
  /** Of the clause's latest published version. */
  parameters: ClauseParameters;
  targetGroups: TargetGroup[];
  placements: (PlacementFact & { stored: StoredEarningColumns })[];
  meetings: MeetingFact[];
  progress: ProgressFact[];
}

const FACTS_SQL = `
  SELECT json_build_object('id', ct.id, 'startDate', ct.start_date, 'endDate', ct.end_date) AS contract,
    json_build_object('id', c.id, 'type', c.type, 'number', c.number) AS clause,
    v.parameters, v.target_groups AS "targetGroups",
    coalesce((SELECT json_agg(json_build_object('id', p.id, 'kind', p.kind, 'filled', p.filled, 'offeredDate', p.offered_date,
        'startDate', p.start_date, 'endDate', p.end_date, 'earlyEndDate', p.early_end_date, 'earlyEndReason', p.early_end_reason,
        'workingTimePercent', p.working_time_percent, 'targetGroup', p.target_group, 'verificationStatus', p.verification_status,
        'withdrawalKind', p.withdrawal_kind, 'stored', json_build_object('counts', p.counts_toward_requirement,
          'delivered', p.delivered_full_time_months, 'firstMonth', p.earning_first_month, 'byMonth', p.earning_by_month))
        ORDER BY p.offered_date, p.reference)
      FROM placement p WHERE p.contract_id = ct.id AND p.clause_id = c.id), '[]') AS placements,
    coalesce((SELECT json_agg(json_build_object('meetingKind', m.meeting_kind, 'heldOn', m.held_on,
        'verificationStatus', m.verification_status, 'withdrawalKind', m.withdrawal_kind))
      FROM dialogue_meeting m WHERE m.contract_id = ct.id AND m.clause_id = c.id), '[]') AS meetings,
    coalesce((SELECT json_agg(json_build_object('milestoneTitle', i.milestone_title, 'progressStatus', i.progress_status,
        'completedOn', i.completed_on, 'participants', i.participants, 'verificationStatus', i.verification_status,
        'withdrawalKind', i.withdrawal_kind))
      FROM initiative_progress i WHERE i.contract_id = ct.id AND i.clause_id = c.id), '[]') AS progress
  FROM contract ct
  JOIN clause c ON c.procurement_id = ct.procurement_id
  JOIN LATERAL (
    SELECT cv.parameters, cv.target_groups FROM clause_version cv
    WHERE cv.clause_id = c.id AND cv.published_at IS NOT NULL ORDER BY cv.version DESC LIMIT 1) v ON true
  WHERE ct.id = $1 AND ($2::uuid IS NULL OR c.id = $2::uuid)
  ORDER BY c.number`;

/** The contract's followed clauses (one when `clauseId` is given) with their reports, in one query. */
export async function loadClauseFacts(manager: EntityManager, contractId: string, clauseId?: string): Promise<ClauseFacts[]> {
  return manager.query(FACTS_SQL, [contractId, clauseId ?? null]);
}

/** A placement's earning as stored now, to write only what changed. */
export interface StoredEarningColumns {
  counts: boolean;
  delivered: number;
  firstMonth: string | null;
  byMonth: number[] | null;
}

/** A placement's stored earning as the tallies read it. */
export interface StoredEarning {
  id: string;
  counts: boolean;
  delivered: number;
  firstMonth: string | null;
  /** PostgreSQL array literal of the full-time months per month from firstMonth, e.g. {1,1,0.5}. */
  byMonth: string | null;
}

const WRITE_SQL = `
  WITH outcome AS (
    INSERT INTO clause_outcome AS o (contract_id, clause_id, status, reasons, reports, required_count, counted_placements,
      required_full_time_months, delivered_full_time_months, committed_full_time_months, meetings, required_meetings, milestones,
      milestones_completed, participants, bonus_sek, evaluated_on, lines, status_since, placements_summary, summary_terms)
    VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $17, $24::jsonb, $25)
    ON CONFLICT (contract_id, clause_id) DO UPDATE SET status = EXCLUDED.status, reasons = EXCLUDED.reasons, reports = EXCLUDED.reports,
      required_count = EXCLUDED.required_count, counted_placements = EXCLUDED.counted_placements,
      required_full_time_months = EXCLUDED.required_full_time_months, delivered_full_time_months = EXCLUDED.delivered_full_time_months,
      committed_full_time_months = EXCLUDED.committed_full_time_months, meetings = EXCLUDED.meetings,
      required_meetings = EXCLUDED.required_meetings, milestones = EXCLUDED.milestones, milestones_completed = EXCLUDED.milestones_completed,
      participants = EXCLUDED.participants, bonus_sek = EXCLUDED.bonus_sek, evaluated_on = EXCLUDED.evaluated_on, lines = EXCLUDED.lines,
      placements_summary = EXCLUDED.placements_summary, summary_terms = EXCLUDED.summary_terms,
      -- The day the status changed, which an alert about it is keyed by; kept while it stays.
      status_since = CASE WHEN o.status = EXCLUDED.status THEN o.status_since ELSE EXCLUDED.evaluated_on END,
      updated_at = now()
    RETURNING 1)
  -- Only the placements whose earning changed (the caller sends only those), so the tally trigger
  -- records only real changes.
  UPDATE placement p SET counts_toward_requirement = e.counts, delivered_full_time_months = e.delivered,
    earning_first_month = e.first_month, earning_by_month = e.by_month::float8[]
  FROM unnest($19::uuid[], $20::boolean[], $21::float8[], $22::date[], $23::text[]) AS e(id, counts, delivered, first_month, by_month)
  WHERE p.id = e.id AND (SELECT count(*) FROM outcome) = 1`;

/**
 * A clause outcome's values in the order of the clause_outcome columns (contract_id, clause_id,
 * status, reasons, …, evaluated_on, lines): what the service writes, and the demo data loads.
 */
export function outcomeValues(contractId: string, clauseId: string, today: string, result: ClauseStatusResult): unknown[] {
  const f = result.figures;
  return [
    contractId, clauseId, result.status, JSON.stringify(result.reasons), f.reports, f.requiredCount, f.countedPlacements,
    f.requiredFullTimeMonths, f.deliveredFullTimeMonths, f.committedFullTimeMonths, f.meetings, f.requiredMeetings, f.milestones,
    f.milestonesCompleted, f.participants, result.bonusSek ?? null, today, result.lines ? JSON.stringify(result.lines) : null,
  ];
}

/**
 * Stores a clause's outcome and the placements' earnings that changed, in one statement. `terms`:
 * the fingerprint of the terms a placements clause was judged under, stored with its summary (null
 * for a clause without one).
 */
export async function writeOutcome(
  manager: EntityManager, contractId: string, clauseId: string, today: string, result: ClauseStatusResult, earnings: StoredEarning[],
  terms: string | null,
): Promise<void> {
  await preparedQuery(manager, 'write-clause-outcome', WRITE_SQL, [
    ...outcomeValues(contractId, clauseId, today, result),
    earnings.map((e) => e.id), earnings.map((e) => e.counts), earnings.map((e) => e.delivered), earnings.map((e) => e.firstMonth),
    earnings.map((e) => e.byMonth), result.summary ? JSON.stringify(result.summary) : null, terms,
  ]);
}

/**
 * Locks the stored outcomes of a contract (one clause's when `clauseId` is given), in one order.
 * Whoever stores a clause's outcome holds its row before reading the clause's reports, so a report
 * added to the stored summary (STORED_SUMMARY_FOR_UPDATE) and a judgement of all reports never miss each
 * other's report.
 */
export async function lockOutcomes(manager: EntityManager, contractId: string, clauseId?: string): Promise<void> {
  await manager.query(
    `SELECT 1 FROM clause_outcome WHERE contract_id = $1 AND ($2::uuid IS NULL OR clause_id = $2::uuid) ORDER BY clause_id FOR UPDATE`,
    [contractId, clauseId ?? null],
  );
}

/** A clause's stored outcome as a report added to it needs it: its day, summary and terms. */
export interface StoredSummary {
  evaluatedOn: string;
  summary: PlacementsSummary | null;
  terms: string | null;
}

/**
 * The stored summary of clause $2 of contract $1 as a StoredSummary, its row locked until the
 * transaction ends (no row when the clause has no outcome yet). In READ COMMITTED a row another
 * transaction changed is read as it committed, once the lock is had, whatever the statement's
 * snapshot: so it may be part of a larger statement (reportPlacementsLockingOutcome takes it with
 * the insert).
 */
export const STORED_SUMMARY_FOR_UPDATE = `SELECT evaluated_on::text AS "evaluatedOn", placements_summary AS summary, summary_terms AS terms
  FROM clause_outcome WHERE contract_id = $1 AND clause_id = $2 FOR UPDATE`;

/**
 * Contracts with a clause whose stored outcome is due on `today`: never evaluated, or evaluated on
 * an earlier day while it could still change with time (up to the day after the contract ended).
 */
export async function contractsDue(manager: EntityManager, today: string, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT ct.id FROM contract ct
     WHERE EXISTS (
       SELECT 1 FROM clause c
       WHERE c.procurement_id = ct.procurement_id
         AND EXISTS (SELECT 1 FROM clause_version v WHERE v.clause_id = c.id AND v.published_at IS NOT NULL)
         AND NOT EXISTS (
           SELECT 1 FROM clause_outcome o WHERE o.contract_id = ct.id AND o.clause_id = c.id
             AND (o.evaluated_on >= $1::date OR o.evaluated_on > ct.end_date)))
     ORDER BY ct.id LIMIT $2`,
    [today, limit],
  );
  return rows.map((r) => r.id);
}
