import { DataSource } from 'typeorm';
import { preparedQuery } from '../../database/prepared-query';

/** Hits to add to one key's window; a window that has ended starts again, `ttlMs` long. */
export interface CounterHits {
  key: string;
  hits: number;
  ttlMs: number;
}

/** One key's total in PostgreSQL after the statement, and the time left of its window. */
export interface CounterTotal {
  key: string;
  hits: number;
  msLeft: number;
}

/** The rate-limit counters every instance shares (table rate_limit_counter, one fixed window per key). */
export class RateLimitCounters {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds every key's hits in one statement and reads back every key's total: a key with 0 hits is
   * only read, so reading another instance's count never opens a window. Keys must be distinct.
   */
  async add(batch: CounterHits[]): Promise<CounterTotal[]> {
    const rows = await preparedQuery<{ key: string; hits: number; ms_left: number }>(
      this.dataSource.manager,
      'rate-limit-add',
      `WITH batch AS (
         SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS b(key, hits, ttl_ms)
       ), added AS (
         INSERT INTO rate_limit_counter AS c (key, hits, window_ends_at)
         SELECT key, hits, now() + make_interval(secs => ttl_ms / 1000.0) FROM batch WHERE hits > 0
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN c.window_ends_at <= now() THEN EXCLUDED.hits ELSE c.hits + EXCLUDED.hits END,
           window_ends_at = CASE WHEN c.window_ends_at <= now() THEN EXCLUDED.window_ends_at ELSE c.window_ends_at END
         RETURNING c.key, c.hits, c.window_ends_at
       )
       SELECT key, hits, ceil(extract(epoch FROM window_ends_at - now()) * 1000)::int AS ms_left FROM added
       UNION ALL
       SELECT c.key, c.hits, ceil(extract(epoch FROM c.window_ends_at - now()) * 1000)::int
       FROM rate_limit_counter c JOIN batch b ON b.key = c.key AND b.hits = 0`,
      [batch.map((b) => b.key), batch.map((b) => b.hits), batch.map((b) => b.ttlMs)],
    );
    return rows.map((row) => ({ key: row.key, hits: Number(row.hits), msLeft: Number(row.ms_left) }));
  }
}
