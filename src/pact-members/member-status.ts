import { MemberStatus } from './pact-member.types';

/** The dates of a member's current letter of intent; both days are inclusive. */
export interface LetterPeriod {
  validFrom: string;
  validTo: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (calendar dates `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A member's status from its current letter of intent. A letter is valid from `validFrom` through
 * `validTo`; it is EXPIRING when its last day is at most `expiringWithinDays` days after `today`
 * (so a letter ending today, or in exactly that many days, is EXPIRING, and one ending yesterday is
 * EXPIRED). A window of 0 turns the warning off. The query in `member-query.ts` applies the same
 * rule in SQL; keep them together.
 */
export function deriveMemberStatus(letter: LetterPeriod | null, today: string, expiringWithinDays: number): MemberStatus {
  if (!letter) return MemberStatus.NoLetter;
  if (letter.validTo < today) return MemberStatus.Expired;
  if (letter.validFrom > today) return MemberStatus.Upcoming;
  return expiringWithinDays > 0 && daysBetween(today, letter.validTo) <= expiringWithinDays ? MemberStatus.Expiring : MemberStatus.Active;
}

/** Today's calendar date in Stockholm, where the pact's letters are signed and dated. */
export function stockholmToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
