import { DataSource } from 'typeorm';
import { Page } from '../common/pagination';

export type ScheduledRunStatus = 'RUNNING' | 'DONE' | 'FAILED';

/** A scheduled run as the table holds it. */
export interface ScheduledRun {
  job: string;
  runDate: string;
  status: ScheduledRunStatus;
  attempts: number;
  claimedBy: string;
  leaseUntil: Date;
  startedAt: Date;
  finishedAt: Date | null;
  summary: Record<string, unknown> | null;
  lastError: string | null;
}

/** What a claim got: the run to do (with its attempt, which fences the finishing update), or who has it. */
export type Claim =
  | { claimed: true; attempt: number }
  | { claimed: false; current: ScheduledRun };

const COLUMNS = `job, run_date::text AS "runDate", status, attempts, claimed_by AS "claimedBy", lease_until AS "leaseUntil",
  started_at AS "startedAt", finished_at AS "finishedAt", summary, last_error AS "lastError"`;

/**
 * Every query of `scheduled_run`. Plain SQL on a DataSource, so the CLI (which loads no entities)
 * claims runs exactly as the service does.
 */
export class ScheduledRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims the run of `job` on `runDate` in one statement: a new row, or the takeover of a FAILED
   * run, of a RUNNING one whose lease has ended (its claimer died), or — with `force` — of a DONE
   * one. A concurrent claimer waits for the other's insert and then finds the row RUNNING within its
   * lease, so of two racing claims exactly one wins.
   */
  async claim(job: string, runDate: string, by: string, leaseSeconds: number, force = false): Promise<Claim> {
    // An INSERT (ON CONFLICT … DO UPDATE included) is answered with its rows.
    const claimed: { attempts: number }[] = await this.dataSource.query(
      `INSERT INTO scheduled_run AS r (job, run_date, status, claimed_by, lease_until)
       VALUES ($1, $2, 'RUNNING', $3, now() + make_interval(secs => $4))
       ON CONFLICT (job, run_date) DO UPDATE SET
         status = 'RUNNING', attempts = r.attempts + 1, claimed_by = EXCLUDED.claimed_by, lease_until = EXCLUDED.lease_until,
         started_at = now(), finished_at = NULL, summary = NULL, last_error = NULL
       WHERE r.status = 'FAILED' OR (r.status = 'RUNNING' AND r.lease_until < now()) OR ($5 AND r.status = 'DONE')
       RETURNING attempts`,
      [job, runDate, by, leaseSeconds, force],
    );
    if (claimed.length) return { claimed: true, attempt: claimed[0].attempts };
    return { claimed: false, current: (await this.find(job, runDate))! };
  }

  /** Keeps a long run's claim: moves its lease ahead, as long as it is still this attempt's. */
  async extendLease(job: string, runDate: string, attempt: number, leaseSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_run SET lease_until = now() + make_interval(secs => $4)
       WHERE job = $1 AND run_date = $2 AND attempts = $3 AND status = 'RUNNING'`,
      [job, runDate, attempt, leaseSeconds],
    );
  }

  /**
   * Ends this attempt: DONE, or FAILED with the error (claimable again at once). An attempt that was
   * taken over meanwhile (its lease ended) changes nothing: the newer attempt's outcome stands.
   */
  async finish(job: string, runDate: string, attempt: number, summary: object, error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_run SET status = CASE WHEN $5::text IS NULL THEN 'DONE' ELSE 'FAILED' END,
         finished_at = now(), summary = $4, last_error = $5
       WHERE job = $1 AND run_date = $2 AND attempts = $3 AND status = 'RUNNING'`,
      [job, runDate, attempt, JSON.stringify(summary), error],
    );
  }

  async find(job: string, runDate: string): Promise<ScheduledRun | undefined> {
    const [run] = await this.dataSource.query(`SELECT ${COLUMNS} FROM scheduled_run WHERE job = $1 AND run_date = $2`, [job, runDate]);
    return run;
  }

  /** Newest day first. */
  async latest(query: { limit: number; offset: number }): Promise<Page<ScheduledRun>> {
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT ${COLUMNS} FROM scheduled_run ORDER BY run_date DESC, job LIMIT $1 OFFSET $2`, [query.limit, query.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM scheduled_run`),
    ]);
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
