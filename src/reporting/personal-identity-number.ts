/**
 * Detects Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer, day of birth + 60) in free text: YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN,
 * YYYYMMDD-NNNN and YYYYMMDDNNNN, with a valid date part and a valid Luhn check digit. Used to refuse
 * such data before it is validated, logged or stored; it never returns the number itself.
 */
const CANDIDATE = /(?<!\d)(\d{2})?(\d{6})[-+]?(\d{4})(?!\d)/g;

export function containsPersonalIdentityNumber(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const [, century, birth, tail] = match;
    if (century !== undefined && !['18', '19', '20'].includes(century)) continue;
    if (validDatePart(birth) && luhnValid(birth + tail)) return true;
  }
  return false;
}

/**
 * The path of the first string or number in a JSON-like value (keys included) that holds a
 * personal identity number, e.g. `comment` or `placements.2.reference`; undefined when there is none.
 */
export function findPersonalIdentityNumber(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    return containsPersonalIdentityNumber(String(value)) ? path || '(body)' : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (containsPersonalIdentityNumber(key)) return path || '(body)';
    const found = findPersonalIdentityNumber(child, childPath);
    if (found) return found;
  }
  return undefined;
}

function validDatePart(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const rawDay = Number(yymmdd.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
