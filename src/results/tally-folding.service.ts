import { Injectable, Logger, OnApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
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
  private readonly logger = new Logger(TallyFoldingService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.get<number>('resultsTallyFoldSeconds') ?? 0;
    if (seconds <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.foldAll()
        .catch((error: unknown) => this.logger.warn(`folding the placement tallies failed, retried later: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, seconds * 1000);
    // A pending fold must not keep the process alive on its own.
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  foldAll(): Promise<number> {
    return foldAllTallyDeltas(this.dataSource);
  }
}

/** What folding needs from a connection (a DataSource, an EntityManager or a `pg` Client fit). */
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Folds every delta there is, FOLD_BATCH per statement; returns how many. */
export async function foldAllTallyDeltas(db: Queryable): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await db.query(FOLD_TALLY_DELTAS, [FOLD_BATCH]);
    const rows = (Array.isArray(result) ? result : (result as { rows: { folded: number }[] }).rows) as { folded: number }[];
    const folded = rows[0]?.folded ?? 0;
    total += folded;
    if (folded < FOLD_BATCH) return total;
  }
}
