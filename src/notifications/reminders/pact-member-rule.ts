import { addDays, daysBetween } from '../../common/calendar';
import { deriveMemberStatus, LetterPeriod } from '../../pact-members/member-status';
import { MemberStatus } from '../../pact-members/pact-member.types';

/** An expired letter is news to the pact office for this many days after its last day. */
export const LETTER_EXPIRED_ALERT_DAYS = 30;

/** A member's current letter of intent (the latest, not superseded). */
export interface CurrentLetter extends LetterPeriod {
  letterId: string;
}

export type LetterAlert =
  | { kind: 'expiring'; occasion: string; daysLeft: number }
  | { kind: 'expired'; occasion: string; daysSinceEnd: number };

/**
 * Whether a member's current letter needs the pact office on `today`, by the member status rule:
 * EXPIRING (ends within `expiringDays`, today included) or EXPIRED in the last 30 days. A letter
 * revised meanwhile is superseded, so only the current one is asked about.
 */
export function letterAlert(letter: CurrentLetter, today: string, expiringDays: number): LetterAlert | null {
  const status = deriveMemberStatus(letter, today, expiringDays);
  if (status === MemberStatus.Expiring) {
    return { kind: 'expiring', occasion: `letter:${letter.letterId}:expiring`, daysLeft: daysBetween(today, letter.validTo) };
  }
  const daysSinceEnd = daysBetween(letter.validTo, today);
  if (status === MemberStatus.Expired && daysSinceEnd <= LETTER_EXPIRED_ALERT_DAYS) {
    return { kind: 'expired', occasion: `letter:${letter.letterId}:expired`, daysSinceEnd };
  }
  return null;
}

/**
 * Whether a current member's annual check-in is due on `today`: within `withinDays` of its due day,
 * or past it. Once per due day: a check-in held moves the due day and so makes a new occasion.
 */
export function checkInAlert(memberId: string, dueOn: string, today: string, withinDays: number): { occasion: string; daysLeft: number } | null {
  const daysLeft = daysBetween(today, dueOn);
  return daysLeft <= withinDays ? { occasion: `member:${memberId}:check-in:${dueOn}`, daysLeft } : null;
}

/** The last days of the current letters {@link letterAlert} may speak of on `today`. */
export function letterAlertWindow(today: string, expiringDays: number): { from: string; to: string } {
  return { from: addDays(today, -LETTER_EXPIRED_ALERT_DAYS), to: addDays(today, Math.max(expiringDays, 0)) };
}
