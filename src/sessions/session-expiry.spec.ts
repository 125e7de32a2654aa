import { sessionEnd, sessionNeedsTouch, sessionState } from './session-expiry';

const at = (iso: string) => new Date(iso);

describe('session expiry', () => {
  const session = { lastSeenAt: at('2026-03-02T09:00:00Z'), expiresAt: at('2026-03-02T20:00:00Z') };

  it('is active within the idle window and before the absolute end', () => {
    expect(sessionState(session, at('2026-03-02T09:29:59Z'), 30)).toBe('ACTIVE');
  });

  it('ends after the idle window without a request', () => {
    expect(sessionState(session, at('2026-03-02T09:30:00Z'), 30)).toBe('IDLE_EXPIRED');
  });

  it('ends at its absolute end however recently it was used', () => {
    const busy = { ...session, lastSeenAt: at('2026-03-02T19:59:00Z') };
    expect(sessionState(busy, at('2026-03-02T20:00:00Z'), 30)).toBe('EXPIRED');
  });

  it('is touched at most once a minute', () => {
    expect(sessionNeedsTouch(session, at('2026-03-02T09:00:59Z'))).toBe(false);
    expect(sessionNeedsTouch(session, at('2026-03-02T09:01:00Z'))).toBe(true);
  });

  it('ends the configured number of hours after sign-in', () => {
    expect(sessionEnd(at('2026-03-02T08:00:00Z'), 12)).toEqual(at('2026-03-02T20:00:00Z'));
  });
});
