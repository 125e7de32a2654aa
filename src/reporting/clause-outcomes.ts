import { DataSource, EntityManager } from 'typeorm';
import { Contract } from '../contracts/entities/contract.entity';
import { ClauseStatusResult } from './clause-status';
import { evaluateClause } from './clause-status.service';
import { FollowedClause, followedClausesOf } from '../contracts/followed-clauses';

/**
 * Stores what the rules decided, so the results, the follow-up lists and the annual report only sum
 * it: every SQL statement that writes a rule's outcome is here. Called in the transaction that
 * changed a fact (a report, a correction, a verification, a withdrawal, an award), and by the daily
 * refresh for what changes only with time (a deadline passes, worked time grows).
 */

/** Advisory lock namespace of outcome refreshes (one contract at a time; an arbitrary constant). */
const OUTCOME_LOCK = 7_114_102;

/**
 * Re-evaluates the clauses of a contract (one clause when `clauseId` is given) on `today` and
 * stores the outcomes. Refreshes of the same contract run one at a time, and each reads the reports
 * only after it holds the lock, so the last to commit has seen every report committed before it.
 */
export async function refreshClauseOutcomes(manager: EntityManager, contractId: string, today: string, clauseId?: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${OUTCOME_LOCK}, hashtext($1))`, [contractId]);
  const contract = await manager.findOneByOrFail(Contract, { id: contractId });
  const followed = (await followedClausesOf(manager, contract.procurementId)).filter((f) => !clauseId || f.clause.id === clauseId);
  for (const clause of followed) {
    await storeOutcome(manager, contract, clause, today, await evaluateClause(manager, contract, clause, today));
  }
}

async function storeOutcome(manager: EntityManager, contract: Contract, { clause }: FollowedClause, today: string, result: ClauseStatusResult): Promise<void> {
  const f = result.figures;
  await manager.query(
    `INSERT INTO clause_outcome AS o (contract_id, clause_id, status, reasons, reports, required_count, counted_placements, required_full_time_months,
       delivered_full_time_months, committed_full_time_months, meetings, required_meetings, milestones, milestones_completed, participants,
       bonus_sek, evaluated_on)
     VALUES ($1, $2, $3, $4::jsonb, $17, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (contract_id, clause_id) DO UPDATE SET status = EXCLUDED.status, reasons = EXCLUDED.reasons, reports = EXCLUDED.reports,
       required_count = EXCLUDED.required_count, counted_placements = EXCLUDED.counted_placements,
       required_full_time_months = EXCLUDED.required_full_time_months, delivered_full_time_months = EXCLUDED.delivered_full_time_months,
       committed_full_time_months = EXCLUDED.committed_full_time_months, meetings = EXCLUDED.meetings,
       required_meetings = EXCLUDED.required_meetings, milestones = EXCLUDED.milestones, milestones_completed = EXCLUDED.milestones_completed,
       participants = EXCLUDED.participants, bonus_sek = EXCLUDED.bonus_sek, evaluated_on = EXCLUDED.evaluated_on, updated_at = now()`,
    [
      contract.id, clause.id, result.status, JSON.stringify(result.reasons), f.requiredCount, f.countedPlacements, f.requiredFullTimeMonths,
      f.deliveredFullTimeMonths, f.committedFullTimeMonths, f.meetings, f.requiredMeetings, f.milestones, f.milestonesCompleted,
      f.participants, result.bonusSek ?? null, today, f.reports,
    ],
  );
  if (result.placements.length > 0) await storePlacementEarnings(manager, result);
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

/** What each placement of an outcome earns, in the columns the tallies copy. */
export function storedEarnings(result: Pick<ClauseStatusResult, 'placements'>): StoredEarning[] {
  return result.placements.map(({ placement, earning }) => {
    const months = earning?.byMonth ?? [];
    return {
      id: placement.id!,
      counts: earning !== null,
      delivered: earning?.delivered ?? 0,
      firstMonth: months.length ? months[0].month : null,
      byMonth: months.length ? `{${months.map((m) => m.fullTimeMonths).join(',')}}` : null,
    };
  });
}

/** Writes only the placements whose earning changed, so the tally trigger records only real changes. */
async function storePlacementEarnings(manager: EntityManager, result: ClauseStatusResult): Promise<void> {
  const rows = storedEarnings(result);
  await manager.query(
    `UPDATE placement p SET counts_toward_requirement = e.counts, delivered_full_time_months = e.delivered,
       earning_first_month = e.first_month, earning_by_month = e.by_month::float8[]
     FROM unnest($1::uuid[], $2::boolean[], $3::float8[], $4::date[], $5::text[]) AS e(id, counts, delivered, first_month, by_month)
     WHERE p.id = e.id AND (p.counts_toward_requirement, p.delivered_full_time_months, p.earning_first_month, p.earning_by_month)
       IS DISTINCT FROM (e.counts, e.delivered, e.first_month, e.by_month::float8[])`,
    [rows.map((r) => r.id), rows.map((r) => r.counts), rows.map((r) => r.delivered), rows.map((r) => r.firstMonth), rows.map((r) => r.byMonth)],
  );
}

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

/** Contracts refreshed per round of the daily refresh; each in a transaction of its own. */
const REFRESH_BATCH = 200;

/** Advisory lock key of the daily refresh: one instance at a time walks the due contracts. */
const DAILY_REFRESH_LOCK = 7_114_103;

/**
 * Refreshes every stored outcome due on `today` (see contractsDue), one contract per transaction;
 * returns how many contracts, or 0 when another instance is already refreshing. Safe to run again:
 * an outcome refreshed today is not due.
 */
export async function refreshDueOutcomes(dataSource: DataSource, today: string): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(${DAILY_REFRESH_LOCK}) AS locked`);
    if (!locked) return 0;
    try {
      let refreshed = 0;
      for (;;) {
        const due = await contractsDue(runner.manager, today, REFRESH_BATCH);
        for (const contractId of due) {
          await dataSource.transaction((manager) => refreshClauseOutcomes(manager, contractId, today));
        }
        refreshed += due.length;
        if (due.length < REFRESH_BATCH) return refreshed;
      }
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${DAILY_REFRESH_LOCK})`);
    }
  } finally {
    await runner.release();
  }
}
