import { DataSource, EntityManager } from 'typeorm';
import { clauseStatus, ClauseStatusInput, ClauseStatusResult } from './clause-status';
import { ClauseFacts, contractsDue, loadClauseFacts, StoredEarning, StoredEarningColumns, writeOutcome } from './clause-outcome.repository';

/**
 * Stores what the rules decided, so the results, the follow-up lists and the annual report only sum
 * it. Called in the transaction that changed a fact (a report, a correction, a verification, a
 * withdrawal, an award), and by the daily refresh for what changes only with time (a deadline
 * passes, worked time grows).
 */

/** Advisory lock namespace of outcome refreshes (one contract at a time; an arbitrary constant). */
const OUTCOME_LOCK = 7_114_102;

/** One clause's facts as the status rule reads them on `today`. */
export function statusInput(facts: ClauseFacts, today: string): ClauseStatusInput {
  return {
    type: facts.clause.type, parameters: facts.parameters, targetGroups: facts.targetGroups, contract: facts.contract,
    placements: facts.placements, meetings: facts.meetings, progress: facts.progress, today,
  };
}

/** The rules' outcome for one clause's facts on `today`. */
export function judge(facts: ClauseFacts, today: string): ClauseStatusResult {
  return clauseStatus(statusInput(facts, today));
}

/**
 * Re-evaluates the clauses of a contract (one clause when `clauseId` is given) on `today` and
 * stores the outcomes. Refreshes of the same contract run one at a time, and each reads the reports
 * only after it holds the lock (in a statement of its own, which sees what committed meanwhile), so
 * the last to commit has seen every report committed before it.
 */
export async function refreshClauseOutcomes(manager: EntityManager, contractId: string, today: string, clauseId?: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${OUTCOME_LOCK}, hashtext($1))`, [contractId]);
  for (const facts of await loadClauseFacts(manager, contractId, clauseId)) {
    const result = judge(facts, today);
    const stored = new Map(facts.placements.map((p) => [p.id, p.stored]));
    await writeOutcome(manager, facts, today, result, storedEarnings(result).filter((e) => changed(e, stored.get(e.id))));
  }
}

export type { StoredEarning } from './clause-outcome.repository';

/** Whether an earning differs from what is stored (float8 round-trips a JavaScript number exactly). */
function changed(e: StoredEarning, stored: StoredEarningColumns | undefined): boolean {
  if (!stored) return true;
  const byMonth = stored.byMonth ? `{${stored.byMonth.join(',')}}` : null;
  return e.counts !== stored.counts || e.delivered !== stored.delivered || e.firstMonth !== stored.firstMonth || e.byMonth !== byMonth;
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
