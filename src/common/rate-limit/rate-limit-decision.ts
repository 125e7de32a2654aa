import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

/** What one instance knows of a holder's fixed window when one of the holder's requests comes in. */
export interface WindowCount {
  /** Hits of every instance in PostgreSQL when this instance last counted (its own counted hits included). */
  sharedHits: number;
  /** Hits this instance has counted since then, this request included: not in `sharedHits` yet. */
  unflushedHits: number;
  /** Milliseconds until the window ends. */
  msLeft: number;
}

/**
 * The rate-limit decision: a request is refused when the window's hits as this instance knows them
 * (the shared total at its last flush plus its own unflushed count) pass the limit. A refused request
 * is told to retry when the window ends, and never sooner than the block duration.
 */
export function rateLimitDecision(count: WindowCount, limit: number, blockDurationMs: number): ThrottlerStorageRecord {
  const totalHits = count.sharedHits + count.unflushedHits;
  const timeToExpire = Math.max(0, Math.ceil(count.msLeft / 1000));
  const isBlocked = totalHits > limit;
  return { totalHits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? Math.max(timeToExpire, Math.ceil(blockDurationMs / 1000)) : 0 };
}
