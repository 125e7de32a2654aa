import { randomInt } from 'crypto';

/** Letters without I and O, digits without 0 and 1: nothing in a code can be misread as another character. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUP = 4;

/**
 * A new referral code, `JT-XXXX-XXXX` (JT: Jobbtorg). Groups of four keep any run of digits to at
 * most four, so a code never reads as a date of birth and four digits (the personal-data screen's
 * personnummer needs six or eight digits in a row) nor as a plain number. 32^8 ≈ 10^12 codes: the
 * database's unique constraint still guards against the rare collision.
 */
export function newReferralCode(pick: (max: number) => number = randomInt): string {
  const group = () => Array.from({ length: GROUP }, () => ALPHABET[pick(ALPHABET.length)]).join('');
  return `JT-${group()}-${group()}`;
}

/** The shape of a code the service generates. */
export const REFERRAL_CODE = /^JT-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;
