import { rateLimitDecision } from './rate-limit-decision';

describe('rate-limit decision', () => {
  it('counts the shared total at the last flush and this instance’s unflushed hits together', () => {
    expect(rateLimitDecision({ sharedHits: 3, unflushedHits: 2, msLeft: 30_000 }, 5, 60_000)).toEqual({
      totalHits: 5, timeToExpire: 30, isBlocked: false, timeToBlockExpire: 0,
    });
    expect(rateLimitDecision({ sharedHits: 3, unflushedHits: 3, msLeft: 30_000 }, 5, 60_000).isBlocked).toBe(true);
  });

  it('refuses past the limit whichever side the hits were counted on', () => {
    for (const [sharedHits, unflushedHits] of [[6, 0], [0, 6], [5, 1], [1, 5]]) {
      expect(rateLimitDecision({ sharedHits, unflushedHits, msLeft: 1_000 }, 5, 0)).toMatchObject({ totalHits: 6, isBlocked: true });
    }
  });

  it('tells a refused holder to wait until the window ends, and at least the block duration', () => {
    expect(rateLimitDecision({ sharedHits: 9, unflushedHits: 1, msLeft: 40_200 }, 5, 10_000)).toMatchObject({ timeToExpire: 41, timeToBlockExpire: 41 });
    expect(rateLimitDecision({ sharedHits: 9, unflushedHits: 1, msLeft: 2_000 }, 5, 10_000)).toMatchObject({ timeToExpire: 2, timeToBlockExpire: 10 });
  });

  it('never answers a negative wait for a window that has just ended', () => {
    expect(rateLimitDecision({ sharedHits: 1, unflushedHits: 0, msLeft: -15 }, 5, 0).timeToExpire).toBe(0);
  });
});
