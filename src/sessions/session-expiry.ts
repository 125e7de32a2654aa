/** When a session ends: idle for the idle window, or at its absolute end, whichever comes first. */
export type SessionState = 'ACTIVE' | 'IDLE_EXPIRED' | 'EXPIRED';

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

/** last_seen_at is written at most this often, sparing a write per request; the idle window is minutes long. */
export const TOUCH_INTERVAL_MS = 60_000;

export function sessionState(session: SessionTimes, now: Date, idleMinutes: number): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return 'EXPIRED';
  if (now.getTime() - session.lastSeenAt.getTime() >= idleMinutes * 60_000) return 'IDLE_EXPIRED';
  return 'ACTIVE';
}

/** Whether this request should move last_seen_at forward. */
export function sessionNeedsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

/** The absolute end of a session started now. */
export function sessionEnd(now: Date, absoluteHours: number): Date {
  return new Date(now.getTime() + absoluteHours * 3_600_000);
}
