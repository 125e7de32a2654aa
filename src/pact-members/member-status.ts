import { daysBetween } from '../common/calendar';
import { MemberStatus } from './pact-member.types';

/** The dates of a member's current letter of intent; both days are inclusive. */
export interface LetterPeriod {
  validFrom: string;
  validTo: string;
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

