import { afterFailure, isPermanent, retryDelaySeconds } from './delivery-schedule';

describe('mail delivery schedule', () => {
  it('doubles the wait after each attempt, from 15–30 s up to 30–60 minutes', () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n, 0))).toEqual([15, 30, 60, 120]);
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n, 0.999999))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(7, 0)).toBe(960);
    expect(retryDelaySeconds(20, 0)).toBe(1800);
    expect(retryDelaySeconds(20, 0.999999)).toBe(3600);
  });

  it('spreads retries of messages that failed together', () => {
    const delays = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map((r) => retryDelaySeconds(5, r)));
    expect(delays.size).toBe(5);
  });

  it('retries a temporary refusal (451) and a lost connection until the last attempt', () => {
    expect(afterFailure(1, 8, { code: 'EENVELOPE', responseCode: 451 }, 0)).toEqual({ status: 'PENDING', retryInSeconds: 15 });
    expect(afterFailure(7, 8, { code: 'ECONNECTION' }, 0)).toEqual({ status: 'PENDING', retryInSeconds: 960 });
    expect(afterFailure(8, 8, { code: 'ECONNECTION' }, 0)).toEqual({ status: 'FAILED' });
  });

  it('gives up at once on a permanent refusal of the message, not of the sign-in to the server', () => {
    expect(isPermanent({ code: 'EENVELOPE', responseCode: 550 })).toBe(true);
    expect(isPermanent({ code: 'EMESSAGE', responseCode: 554 })).toBe(true);
    expect(isPermanent({ code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(isPermanent({ code: 'EENVELOPE', responseCode: 452 })).toBe(false);
    expect(afterFailure(1, 8, { code: 'EENVELOPE', responseCode: 550 }, 0)).toEqual({ status: 'FAILED' });
  });
});
