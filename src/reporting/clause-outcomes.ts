import { DataSource, EntityManager } from 'typeorm';
import { ClauseParameters, PlacementsParameters, TargetGroup } from '../clauses/clause.types';
import { fingerprint } from '../common/fingerprint';
import { clauseStatus, ClauseStatusInput, ClauseStatusResult, placementsClauseStatus } from './clause-status';
import {
  ClauseFacts, contractsDue, loadClauseFacts, lockOutcomes, StoredEarning, StoredEarningColumns, StoredSummary, writeOutcome,
} from './clause-outcome.repository';
import { earlyStartDue, PlacementFact, PlacementOutcome, placementOutcomes } from './placements-progress';
import { addSummaries, contributionOf, PlacementsSummary } from './placements-summary';

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
 * only after it holds the lock and the stored outcomes' rows (in statements of their own, which see
 * what committed meanwhile), so the last to commit has seen every report committed before it.
 */
export async function refreshClauseOutcomes(manager: EntityManager, contractId: string, today: string, clauseId?: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${OUTCOME_LOCK}, hashtext($1))`, [contractId]);
  await lockOutcomes(manager, contractId, clauseId);
  await judgeAndStore(manager, contractId, today, clauseId);
}

/** Judges the clauses from all their reports and stores the outcomes; the caller holds their rows. */
async function judgeAndStore(manager: EntityManager, contractId: string, today: string, clauseId?: string): Promise<void> {
  for (const facts of await loadClauseFacts(manager, contractId, clauseId)) {
    const result = judge(facts, today);
    const stored = new Map(facts.placements.map((p) => [p.id, p.stored]));
    // Only a placements clause has a summary, stored with the terms it was judged under.
    const terms = result.summary ? termsFingerprint({
      parameters: facts.parameters, targetGroups: facts.targetGroups, contractStart: facts.contract.startDate, contractEnd: facts.contract.endDate,
    }) : null;
    await writeOutcome(manager, contractId, facts.clause.id, today, result, storedEarnings(result).filter((e) => changed(e, stored.get(e.id))), terms);
  }
}

/** The terms a placements clause is judged under, as they come with a report (ReportableClause) or the clause's facts. */
export interface JudgedTerms {
  parameters: ClauseParameters;
  targetGroups: TargetGroup[];
  contractStart: string;
  contractEnd: string;
}

/**
 * Raised when the rules change in a way that changes what a placement contributes or how a summary
 * is read: every stored summary is then judged in full again before a report is added to it.
 */
const SUMMARY_RULES_VERSION = 1;

/** What a stored summary was judged under: it may take a report judged under the same. */
function termsFingerprint({ parameters, targetGroups, contractStart, contractEnd }: JudgedTerms): string {
  return fingerprint({ rules: SUMMARY_RULES_VERSION, parameters, targetGroups, contractStart, contractEnd });
}

/** A new placement judged alone: its outcome, its earning's columns, what it adds to the clause's summary. */
export interface AddedPlacement {
  outcome: PlacementOutcome;
  earning: StoredEarning;
  contribution: PlacementsSummary;
}

/**
 * What a new placement earns on `today` under the clause's terms, judged alone (its own line,
 * earning or why not): the earning is stored with the placement when it is inserted.
 */
export function judgePlacement(terms: JudgedTerms, placement: PlacementFact, today: string): AddedPlacement {
  const params = terms.parameters as PlacementsParameters;
  const period = { contractStart: terms.contractStart, contractEnd: terms.contractEnd, today };
  const [outcome] = placementOutcomes(params, terms.targetGroups, [placement], period);
  const earning = storedEarnings({ placements: [outcome] })[0];
  return { outcome, earning, contribution: contributionOf(params, outcome, period, earlyStartDue(params, period)) };
}

/**
 * Stores the outcome of a placements clause with new placements (already inserted, judged by
 * judgePlacement): the stored summary plus the placements' contributions, judged by the same rule
 * as a full judgement, when the summary was made today under the same terms; otherwise the clause
 * is judged in full. `stored`: the clause's outcome row, locked by the caller after the insert
 * (STORED_SUMMARY_FOR_UPDATE), undefined when there is none yet. Holding that row, not the
 * contract's lock, reports on other clauses do not wait, and a full judgement of the contract
 * (which takes the rows after the lock) waits for this one or this one for it.
 */
export async function addPlacementsToOutcome(
  manager: EntityManager, contractId: string, clauseId: string, terms: JudgedTerms, added: AddedPlacement[], today: string,
  stored: StoredSummary | undefined,
): Promise<void> {
  if (!stored) return refreshClauseOutcomes(manager, contractId, today, clauseId);
  const fingerprintNow = termsFingerprint(terms);
  if (!stored.summary || stored.evaluatedOn !== today || stored.terms !== fingerprintNow) {
    return judgeAndStore(manager, contractId, today, clauseId);
  }
  const summary = added.reduce((sum, placement) => addSummaries(sum, placement.contribution), stored.summary);
  const result = placementsClauseStatus(terms.parameters as PlacementsParameters, summary, { startDate: terms.contractStart, endDate: terms.contractEnd }, today);
  await writeOutcome(manager, contractId, clauseId, today, result, [], fingerprintNow);
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
