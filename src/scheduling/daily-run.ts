import { DataSource } from 'typeorm';
import { Notifier } from '../notifications/notifier';
import { RecipientsRepository } from '../notifications/recipients.repository';
import { ReminderSettings, ReminderSweep } from '../notifications/reminders/sweep';
import { SWEEPS } from '../notifications/reminders/sweeps';
import { refreshDueOutcomes } from '../reporting/clause-outcomes';
import { ScheduledRun, ScheduledRunRepository } from './scheduled-run.repository';

export const DAILY_JOB = 'daily';

/**
 * How long a claimed run is the claimer's alone; moved ahead after every step, so only a claimer
 * that died (or hangs in one step this long) loses the day to the next tick of another instance.
 */
const LEASE_SECONDS = 30 * 60;

/** What the daily run needs besides the database: built by the Nest service or by the CLI. */
export interface DailyRunDeps {
  notifier: Notifier;
  recipients: RecipientsRepository;
  settings: ReminderSettings;
  /** The reminder sweeps to run (all of SWEEPS unless given). */
  sweeps?: ReminderSweep[];
}

/** What a run did: contracts refreshed, new notifications per kind, and each failed step with its error. */
export interface DailyRunSummary {
  outcomesRefreshed: number;
  notifications: Record<string, number>;
  failed: Record<string, string>;
}

export type DailyRunResult =
  | { ran: true; runDate: string; attempt: number; status: 'DONE' | 'FAILED'; summary: DailyRunSummary }
  | { ran: false; runDate: string; current: ScheduledRun };

/**
 * The day's run for `today`: claims it (scheduled_run), refreshes the clause outcomes due (so the
 * statuses that change only with time are current), then runs every reminder sweep, and records
 * DONE with a summary. A day that is DONE is skipped unless `force`; one RUNNING elsewhere is left
 * to its claimer (`ran: false` says who has it).
 *
 * A failing step does not stop the others — a broken sweep must not keep every other reminder
 * from going out — but marks the run FAILED with the steps' errors, so the next tick claims the day
 * again and runs all steps once more: the outcome refresh skips what it already did, and the
 * sweeps' occasion keys keep what was sent from being sent twice.
 */
export async function runDaily(
  dataSource: DataSource, today: string, deps: DailyRunDeps, by: string, options: { force?: boolean } = {},
): Promise<DailyRunResult> {
  const runs = new ScheduledRunRepository(dataSource);
  const claim = await runs.claim(DAILY_JOB, today, by, LEASE_SECONDS, options.force ?? false);
  if (!claim.claimed) return { ran: false, runDate: today, current: claim.current };

  const summary: DailyRunSummary = { outcomesRefreshed: 0, notifications: {}, failed: {} };
  const step = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      summary.failed[name] = error instanceof Error ? error.message : String(error);
    }
    await runs.extendLease(DAILY_JOB, today, claim.attempt, LEASE_SECONDS);
  };

  await step('outcomes', async () => {
    summary.outcomesRefreshed = await refreshDueOutcomes(dataSource, today);
  });
  for (const sweep of deps.sweeps ?? SWEEPS) {
    await step(String(sweep.kind), async () => {
      summary.notifications[sweep.kind] = await sweep.run(dataSource, deps.notifier, deps.recipients, today, deps.settings);
    });
  }

  const failures = Object.entries(summary.failed).map(([name, message]) => `${name}: ${message}`);
  const error = failures.length ? failures.join('; ') : null;
  await runs.finish(DAILY_JOB, today, claim.attempt, summary, error);
  return { ran: true, runDate: today, attempt: claim.attempt, status: error ? 'FAILED' : 'DONE', summary };
}

/** The summary as lines for an operator: the outcomes, one line per kind, and any failed step. */
export function describeDailyRun(result: DailyRunResult): string[] {
  if (!result.ran) {
    const { status, claimedBy, attempts } = result.current;
    return [`The daily run of ${result.runDate} is ${status} (${claimedBy}, attempt ${attempts}); nothing done. --force runs a DONE day again.`];
  }
  const { summary } = result;
  return [
    `Daily run of ${result.runDate}: ${result.status} (attempt ${result.attempt})`,
    `  clause outcomes refreshed: ${summary.outcomesRefreshed} contracts`,
    ...Object.entries(summary.notifications).map(([kind, count]) => `  ${kind}: ${count}`),
    ...Object.entries(summary.failed).map(([name, message]) => `  FAILED ${name}: ${message}`),
  ];
}
