import { Injectable, Logger, OnApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { PeriodicJob } from '../common/periodic-job';
import { FOLD_TALLY_DELTAS } from './results.queries';

/** Deltas folded per statement: a few seconds of a busy day, one short transaction. */
const FOLD_BATCH = 20_000;

/**
 * Folds the placement tally deltas (written by triggers, see migration CreatePlacementTallies) into
 * the monthly tallies every RESULTS_TALLY_FOLD_SECONDS. Results read the tallies plus the deltas not
 * yet folded, so this job only keeps them fast; any number of instances may run it at once (each
 * fold skips the deltas another holds).
 */
@Injectable()
export class TallyFoldingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job = new PeriodicJob(new Logger(TallyFoldingService.name), 'folding the placement tallies', () => this.foldAll());

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.config.get<number>('resultsTallyFoldSeconds') ?? 0);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Folds every delta there is on one connection of the pool; returns how many (0 when another fold runs). */
  async foldAll(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      return await foldAllTallyDeltas(runner);
    } finally {
      await runner.release();
    }
  }
}

/** What folding needs: one database connection (a TypeORM QueryRunner or a `pg` Client fit). */
interface Connection {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * Folds every delta there is, FOLD_BATCH per transaction; returns how many. Folds run one at a time
 * across all instances (an advisory lock; a fold that finds it taken returns 0): two folds adding
 * to the same tally rows in different orders could otherwise deadlock.
 */
export async function foldAllTallyDeltas(connection: Connection): Promise<number> {
  let total = 0;
  for (;;) {
    await connection.query('BEGIN');
    try {
      const [{ locked }] = rowsOf<{ locked: boolean }>(await connection.query(`SELECT pg_try_advisory_xact_lock(${FOLD_LOCK}) AS locked`));
      const folded = locked ? (rowsOf<{ folded: number }>(await connection.query(FOLD_TALLY_DELTAS, [FOLD_BATCH]))[0]?.folded ?? 0) : 0;
      await connection.query('COMMIT');
      total += folded;
      if (folded < FOLD_BATCH) return total;
    } catch (error) {
      await connection.query('ROLLBACK');
      throw error;
    }
  }
}

/** The advisory lock key of folding: an arbitrary constant no other lock of this service uses. */
const FOLD_LOCK = 7_114_101;
