import { getStorageToken } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { BatchedThrottlerStorage } from '../src/common/rate-limit/batched-throttler.storage';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createAppOn, createMigratedDatabase } from './support/test-app';

const MINUTE = 60_000;

/**
 * The per-request rate limit counts in memory and flushes to PostgreSQL in batches. Two storages on
 * one database stand for two instances; flushes are called by hand (no timer runs without the
 * application's bootstrap), so each step is deterministic.
 */
describe('Rate limit counted in memory and shared through PostgreSQL in batches', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 4)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const storage = () => new BatchedThrottlerStorage(dataSource, MINUTE);
  const stored = async (key: string): Promise<number> =>
    (await dataSource.query('SELECT hits FROM rate_limit_counter WHERE key = $1', [key]))[0]?.hits ?? 0;

  it('is exact on one instance alone, for hits arriving together and after flushes', async () => {
    const alone = storage();
    const first = await Promise.all(Array.from({ length: 7 }, () => alone.increment('alone', MINUTE, 5, 0)));
    expect(first.map((r) => r.totalHits).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(first.filter((r) => r.isBlocked)).toHaveLength(2);
    await alone.flush();
    expect(await stored('alone')).toBe(7);
    const later = await alone.increment('alone', MINUTE, 5, 0);
    expect(later).toMatchObject({ totalHits: 8, isBlocked: true });
    expect(later.timeToBlockExpire).toBeGreaterThan(0);
  });

  it('counts in PostgreSQL at once the first hit of a window, so a restarted instance goes on from the shared count', async () => {
    const before = storage();
    for (let i = 0; i < 3; i++) await before.increment('restart', MINUTE, 4, 0);
    expect(await stored('restart')).toBe(1);
    await before.onApplicationShutdown();
    expect(await stored('restart')).toBe(3);
    const after = storage();
    expect(await after.increment('restart', MINUTE, 4, 0)).toMatchObject({ totalHits: 4, isBlocked: false });
    expect(await after.increment('restart', MINUTE, 4, 0)).toMatchObject({ totalHits: 5, isBlocked: true });
  });

  it('shares the limit between instances, exceeding it by at most the other instance’s unflushed hits', async () => {
    const [a, b] = [storage(), storage()];
    const limit = 4;
    const admitted = async (instance: BatchedThrottlerStorage, n: number) => {
      let count = 0;
      for (let i = 0; i < n; i++) if (!(await instance.increment('shared', MINUTE, limit, 0)).isBlocked) count++;
      return count;
    };
    // A counts its first hit in PostgreSQL at once and two more in memory; B sees only that first
    // hit, so together they admit more than the limit, by no more than A's unflushed hits.
    const together = (await admitted(a, 3)) + (await admitted(b, 3));
    const unflushedOnA = 2;
    expect(together).toBeGreaterThan(limit);
    expect(together).toBeLessThanOrEqual(limit + unflushedOnA);
    // Once both have flushed, each knows every hit and refuses.
    await a.flush();
    await b.flush();
    await a.flush();
    expect(await stored('shared')).toBe(6);
    expect(await a.increment('shared', MINUTE, limit, 0)).toMatchObject({ totalHits: 7, isBlocked: true });
    expect(await b.increment('shared', MINUTE, limit, 0)).toMatchObject({ totalHits: 7, isBlocked: true });
  });

  it('reads the other instance’s flushed hits at its own flush even when it counted none itself', async () => {
    const [a, b] = [storage(), storage()];
    await a.increment('reader', MINUTE, 10, 0);
    for (let i = 0; i < 5; i++) await b.increment('reader', MINUTE, 10, 0);
    await b.flush();
    await a.flush();
    expect(await a.increment('reader', MINUTE, 10, 0)).toMatchObject({ totalHits: 7 });
  });

  it('starts a window again once it has ended', async () => {
    const short = storage();
    for (let i = 0; i < 3; i++) await short.increment('short', 300, 2, 0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await short.increment('short', 300, 2, 0)).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await stored('short')).toBe(1);
  });

  it('shuts down even when the database is away, losing only the unflushed counts', async () => {
    const own = await new DataSource(dataSourceOptions(database.url, 1)).initialize();
    const counting = new BatchedThrottlerStorage(own, MINUTE);
    await counting.increment('away', MINUTE, 5, 0);
    await counting.increment('away', MINUTE, 5, 0);
    await own.destroy();
    await expect(counting.onApplicationShutdown()).resolves.toBeUndefined();
    expect(await stored('away')).toBe(1);
  });

  it('flushes the counts on shutdown', async () => {
    const own = await createMigratedDatabase();
    const app = await createAppOn(own.url, { RATE_LIMIT_PER_MINUTE: '100', RATE_LIMIT_FLUSH_MS: '60000' });
    const counted = new DataSource(dataSourceOptions(own.url, 1));
    try {
      expect(app.app.get(getStorageToken())).toBeInstanceOf(BatchedThrottlerStorage);
      const token = app.auth(Role.PactOffice);
      for (let i = 0; i < 3; i++) await app.http.get('/api/suppliers').set('Authorization', token).expect(200);
      await counted.initialize();
      const sum = async () => (await counted.query('SELECT coalesce(sum(hits), 0)::int AS n FROM rate_limit_counter'))[0].n;
      expect(await sum()).toBe(1);
      await app.close();
      expect(await sum()).toBe(3);
    } finally {
      if (counted.isInitialized) await counted.destroy();
      await own.drop();
    }
  });
});
