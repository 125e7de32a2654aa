import fc from 'fast-check';
import { containsPersonalIdentityNumber, findPersonalIdentityNumber } from './personal-identity-number';

describe('containsPersonalIdentityNumber', () => {
  it.each([
    ['short with hyphen', '811218-9876'],
    ['short without separator', '8112189876'],
    ['short with plus (100 years or older)', '811218+9876'],
    ['with century and hyphen', '19811218-9876'],
    ['with century, no separator', '198112189876'],
    ['inside free text', 'Anställd 811218-9876 började i maj'],
    ['coordination number (day + 60)', '701063-2391'],
    ['coordination number with century', '197010632391'],
  ])('finds a number %s', (_label, text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['wrong check digit', '811218-9875'],
    ['impossible month', '811318-9875'], // check digit valid, month 13
    ['impossible day', '811232-9878'], // check digit valid, day 32
    ['an organisation number', '556016-0680'],
    ['part of a longer digit run', '12811218987634'],
    ['a date', '2026-01-15'],
    ['an ordinary reference', 'SSAB-2026-0042'],
    ['an unknown century', '218112189876'],
  ])('ignores %s', (_label, text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });
});

describe('findPersonalIdentityNumber', () => {
  it('names the path of the field that holds the number', () => {
    expect(findPersonalIdentityNumber({ reference: 'P-1', notes: { text: ['ok', 'pnr 8112189876'] } })).toBe('notes.text.1');
  });

  it('finds numbers given as JSON numbers and in keys', () => {
    expect(findPersonalIdentityNumber({ reference: 8112189876 })).toBe('reference');
    expect(findPersonalIdentityNumber({ extra: { '811218-9876': 'x' } })).toBe('extra');
  });

  it('returns undefined for clean payloads', () => {
    expect(findPersonalIdentityNumber({ reference: 'P-2026-001', workingTimePercent: 100, filled: true })).toBeUndefined();
  });
});

describe('containsPersonalIdentityNumber (properties)', () => {
  const checkDigit = (nine: string) => {
    const sum = [...nine].reduce((acc, d, i) => {
      const v = Number(d) * (i % 2 === 0 ? 2 : 1);
      return acc + (v > 9 ? v - 9 : v);
    }, 0);
    return String((10 - (sum % 10)) % 10);
  };
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const number = fc.record({
    year: fc.integer({ min: 1900, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    form: fc.constantFrom('YYMMDD-NNNN', 'YYMMDDNNNN', 'YYYYMMDD-NNNN', 'YYYYMMDDNNNN'),
  }).map(({ year, month, day, coordination, serial, form }) => {
    const birth = `${pad(year % 100)}${pad(month)}${pad(coordination ? day + 60 : day)}`;
    const nine = birth + pad(serial, 3);
    const tail = pad(serial, 3) + checkDigit(nine);
    const century = String(Math.floor(year / 100));
    const texts: Record<typeof form, string> = {
      'YYMMDD-NNNN': `${birth}-${tail}`,
      'YYMMDDNNNN': `${birth}${tail}`,
      'YYYYMMDD-NNNN': `${century}${birth}-${tail}`,
      'YYYYMMDDNNNN': `${century}${birth}${tail}`,
    };
    return { short: birth + tail, text: texts[form] };
  });

  it('finds every valid number in every format, wherever it sits in letters', () => {
    fc.assert(fc.property(number, fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ':') }), fc.string({ unit: fc.constantFrom('b', 'å', ' ') }), (pin, before, after) => {
      expect(containsPersonalIdentityNumber(`${before}${pin.text}${after}`)).toBe(true);
    }));
  });

  it('ignores the same number with its check digit changed', () => {
    fc.assert(fc.property(number, fc.integer({ min: 1, max: 9 }), (pin, shift) => {
      const wrong = pin.short.slice(0, 9) + String((Number(pin.short[9]) + shift) % 10);
      expect(containsPersonalIdentityNumber(wrong)).toBe(false);
    }));
  });
});
