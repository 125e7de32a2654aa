import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';
import { PeriodicJob } from '../periodic-job';
import { rateLimitDecision } from './rate-limit-decision';
import { CounterHits, RateLimitCounters } from './rate-limit-counters.repository';

/** This instance's view of one key's fixed window. */
interface Window {
  ttlMs: number;
  /** When the window ends, by this process's clock; Infinity until its first count has answered. */
  endsAt: number;
  /** Hits of every instance in PostgreSQL at this instance's last count of the window. */
  shared: number;
  /** Hits this instance counted in the window, and how many of them it has added to PostgreSQL. */
  counted: number;
  flushed: number;
  /** The window's first count, which the hits arriving meanwhile wait for. */
  opened: Promise<void>;
}

/**
 * Rate-limit counters kept in process memory and flushed to PostgreSQL every `flushMs` in one
 * statement for all keys, which reads back the totals every instance has flushed. A request is
 * decided on the shared total at this instance's last flush plus its own unflushed hits
 * (rateLimitDecision), so a request costs no statement. The first hit of a window that this
 * instance does not know yet is counted in PostgreSQL at once (and the hits arriving meanwhile wait
 * for it), so a window's first answer includes what the other instances and an earlier run counted.
 *
 * What this trades away, against one statement per request: across N instances, a holder may exceed
 * the limit by at most what the other instances counted for it and had not flushed when this
 * instance last flushed, plus what they counted since: their hits of at most two flush intervals;
 * and never by more than (N − 1) × the limit in one window, since each instance counts its own hits
 * exactly. One instance alone is exact. An instance that crashes loses its unflushed hits; hits of
 * a window that has ended unflushed are dropped, and hits flushed just as a window ends may be
 * counted in the next one.
 */
export class BatchedThrottlerStorage implements ThrottlerStorage, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly counters: RateLimitCounters;
  private readonly logger = new Logger('RateLimit');
  private readonly job: PeriodicJob;

  constructor(
    dataSource: DataSource,
    private readonly flushMs: number,
  ) {
    this.counters = new RateLimitCounters(dataSource);
    this.job = new PeriodicJob(this.logger, 'Flushing rate-limit counts', () => this.flush());
  }

  onApplicationBootstrap(): void {
    this.job.start(this.flushMs / 1000);
  }

  /**
   * The last counts go to PostgreSQL too: the HTTP server is closed by now, so none come after. A
   * database that is away by then costs those counts, not the shutdown.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
    await this.flush().catch((error: unknown) => this.logger.warn(`Rate-limit counts not flushed at shutdown: ${String(error)}`));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    let window = this.windows.get(key);
    let hit: number;
    if (!window || window.endsAt <= Date.now()) {
      window = { ttlMs: ttl, endsAt: Infinity, shared: 0, counted: 1, flushed: 0, opened: Promise.resolve() };
      this.windows.set(key, window);
      window.opened = this.open(key, window);
      hit = 1;
    } else {
      hit = ++window.counted;
    }
    await window.opened;
    return rateLimitDecision({ sharedHits: window.shared, unflushedHits: hit - window.flushed, msLeft: window.endsAt - Date.now() }, limit, blockDuration);
  }

  /** Adds every open window's unflushed hits to PostgreSQL and reads back the shared totals. */
  async flush(): Promise<void> {
    const now = Date.now();
    const due: [string, Window][] = [];
    for (const [key, window] of this.windows) {
      if (window.endsAt <= now) this.windows.delete(key);
      // A window still opening is being counted right now; it joins the next flush.
      else if (window.endsAt !== Infinity) due.push([key, window]);
    }
    if (due.length > 0) await this.count(due);
  }

  private async open(key: string, window: Window): Promise<void> {
    try {
      await this.count([[key, window]]);
    } catch (error) {
      if (this.windows.get(key) === window) this.windows.delete(key);
      throw error;
    }
  }

  /** One statement for the given windows; never two at once for one window (see flush and open). */
  private async count(windows: [string, Window][]): Promise<void> {
    const batch: CounterHits[] = windows.map(([key, window]) => ({ key, hits: window.counted - window.flushed, ttlMs: window.ttlMs }));
    const totals = new Map((await this.counters.add(batch)).map((total) => [total.key, total]));
    const now = Date.now();
    windows.forEach(([key, window], i) => {
      window.flushed += batch[i].hits;
      const total = totals.get(key);
      if (total) {
        window.shared = total.hits;
        window.endsAt = now + total.msLeft;
      }
    });
  }
}
