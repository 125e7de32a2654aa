/**
 * Swedish organisation numbers (organisationsnummer): ten digits NNNNNN-NNNN whose last digit is a
 * Luhn check digit over the first nine. Legal entities have a third digit of 2 or more, which is
 * what tells them apart from personal identity numbers (personnummer) of sole traders: those are
 * personal data and this service never stores them.
 */
export type OrgNumberCheck =
  | { valid: true; normalised: string }
  | { valid: false; reason: string; code: 'ORG_NUMBER_FORMAT' | 'ORG_NUMBER_PERSONAL' | 'ORG_NUMBER_CHECK_DIGIT' };

/** Luhn (mod 10) check over a string of digits, the last of which is the check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Nine digits completed with their Luhn check digit, written NNNNNN-NNNN (test, demo and bench data). */
export function withCheckDigit(nineDigits: string): string {
  const check = [...'0123456789'].find((digit) => luhnValid(nineDigits + digit));
  return `${nineDigits.slice(0, 6)}-${nineDigits.slice(6)}${check}`;
}

export function checkOrgNumber(input: string): OrgNumberCheck {
  const compact = input.trim().replace(/[\s-]/g, '');
  if (!/^\d{10}$|^16\d{10}$/.test(compact)) {
    return { valid: false, code: 'ORG_NUMBER_FORMAT', reason: 'must be a Swedish organisation number in the form NNNNNN-NNNN' };
  }
  const digits = compact.length === 12 ? compact.slice(2) : compact;
  if (Number(digits[2]) < 2) {
    return {
      valid: false,
      code: 'ORG_NUMBER_PERSONAL',
      reason: 'looks like a personal identity number; only organisation numbers (third digit 2 or more) are accepted',
    };
  }
  if (!luhnValid(digits)) {
    return { valid: false, code: 'ORG_NUMBER_CHECK_DIGIT', reason: 'has a wrong check digit' };
  }
  return { valid: true, normalised: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}
