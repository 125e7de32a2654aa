import fc from 'fast-check';

/**
 * Personal identity numbers written the ways the screen must refuse: both centuries or none,
 * samordningsnummer (day + 60), any check digit, every separator the screen knows, full-width
 * digits, zero-width characters anywhere, inside other text. `date` is the six-digit date part in
 * ASCII, for checking that a response does not echo it.
 */
export interface PersonalNumberVariant {
  text: string;
  date: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ASCII_SEPARATORS = ['', '-', '+', '.', '/', '_', ' ', ' - ', '\t'];
const UNICODE_SEPARATORS = ['\u00a0', '\u2010', '\u2013', '\u2014', '\u2212', '\uff0d', '\u3000'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

export function personalNumberVariant(options: { ascii?: boolean } = {}): fc.Arbitrary<PersonalNumberVariant> {
  const separator = fc.constantFrom(...ASCII_SEPARATORS, ...(options.ascii ? [] : UNICODE_SEPARATORS));
  const around = fc.string({ unit: fc.constantFrom('a', 'P', ' ', ':', '-', ...(options.ascii ? [] : ['ö', 'å'])), maxLength: 6 });
  return fc.record({
    year: fc.integer({ min: 1890, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    coordination: fc.boolean(),
    tail: fc.integer({ min: 0, max: 9999 }),
    withCentury: fc.boolean(),
    separator,
    fullWidth: options.ascii ? fc.constant(false) : fc.boolean(),
    invisible: options.ascii ? fc.constant([]) : fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 2 }),
    before: around,
    after: around,
  }).map(({ year, month, day, coordination, tail, withCentury, separator: sep, fullWidth, invisible, before, after }) => {
    const date = `${pad(year % 100)}${pad(month)}${pad(coordination ? day + 60 : day)}`;
    let number = `${withCentury ? String(Math.floor(year / 100)) : ''}${date}${sep}${pad(tail, 4)}`;
    if (fullWidth) number = number.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    for (const [at, mark] of invisible) {
      const i = at % (number.length + 1);
      number = number.slice(0, i) + mark + number.slice(i);
    }
    return { text: `${before}${number}${after}`, date };
  });
}
