import fc from 'fast-check';
import { randomUUID } from 'crypto';
import {
  containsPersonalIdentityNumber,
  findPersonalIdentityNumber,
  redactJson,
  redactPersonalIdentityNumbers,
  REDACTED,
} from './personal-identity-number';
import { personalNumberVariant } from '../../../test/support/personal-number-variants';

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
    ['a wrong check digit', '19900101-1234'],
    ['a space', '900101 1239'],
    ['century and a space', '19900101 1239'],
    ['a spaced hyphen', '900101 - 1239'],
    ['a dot', '900101.1239'],
    ['a slash', '900101/1239'],
    ['an underscore', '900101_1239'],
    ['a tab', '900101\t1239'],
    ['a no-break space', '900101\u00a01239'],
    ['an en dash', '900101\u20131239'],
    ['an em dash', '900101\u20141239'],
    ['a minus sign', '900101\u22121239'],
    ['full-width digits', '\uff19\uff10\uff10\uff11\uff10\uff11-\uff11\uff12\uff13\uff19'],
    ['zero-width spaces between the digits', '9\u200b00101\u200b-12\u200c39'],
    ['a soft hyphen', '900101\u00ad1239'],
    ['a JSON-escaped-looking file name after cleaning', '9001011239.pdf'],
  ])('finds a number %s', (_label, text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['impossible month', '811318-9875'],
    ['impossible day', '811232-9878'],
    ['day 0', '811200-9878'],
    ['an organisation number', '556016-0680'],
    ['an organisation number with the 16 prefix', '165560160680'],
    ['part of a longer digit run', '12811218987634'],
    ['an ISO date', '2026-01-15'],
    ['an ISO date and time', '2026-03-01T10:00:00.000Z'],
    ['an ordinary reference', 'SSAB-2026-0042'],
    ['a running number', 'ANST-0042'],
    ['an unknown century', '218112189876'],
    ['a phone number as written', '070-123 45 67'],
    ['a phone number with country code', '+46701234567'],
    ['an amount', '12 500 000 kr'],
    ['a UUID that starts with a date', '19900101-1239-4abc-8def-0123456789ab'],
    ['a procurement number', 'SLK 2026/0142'],
    ['a postal code', '114 55'],
  ])('ignores %s', (_label, text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });
});

describe('redactPersonalIdentityNumbers', () => {
  it('replaces only the number, separators and invisible characters included', () => {
    expect(redactPersonalIdentityNumbers('Anna 19900101 - 1239, se bilaga')).toBe(`Anna ${REDACTED}, se bilaga`);
    expect(redactPersonalIdentityNumbers('x９００１０１\u200b-1239y')).toBe(`x${REDACTED}y`);
    expect(redactPersonalIdentityNumbers('a 900101-1239 b 701063-2391')).toBe(`a ${REDACTED} b ${REDACTED}`);
    expect(redactPersonalIdentityNumbers('P-2026-001')).toBe('P-2026-001');
  });
});

describe('findPersonalIdentityNumber', () => {
  it('names the path of the field that holds the number', () => {
    expect(findPersonalIdentityNumber({ reference: 'P-1', notes: { text: ['ok', 'pnr 8112189876'] } })).toBe('notes.text.1');
  });

  it('finds numbers given as JSON numbers and in keys, naming the key’s parent', () => {
    expect(findPersonalIdentityNumber({ reference: 8112189876 })).toBe('reference');
    expect(findPersonalIdentityNumber({ extra: { '811218-9876': 'x' } })).toBe('extra');
    expect(findPersonalIdentityNumber({ '811218-9876': 'x' }, 'query')).toBe('query');
  });

  it('returns undefined for clean payloads', () => {
    expect(findPersonalIdentityNumber({ reference: 'P-2026-001', workingTimePercent: 100, filled: true, id: randomUUID() })).toBeUndefined();
  });

  it('walks a body nested far deeper than the call stack allows', () => {
    let deep: unknown = { reference: '900101-1239' };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(findPersonalIdentityNumber(deep)).toMatch(/^a(\.a)+\.reference$/);
  });
});

describe('redactJson', () => {
  it('lists every path and redacts strings, numbers and keys', () => {
    const { paths, redacted } = redactJson({ reference: 'P 900101-1239', n: 9001011239, list: ['ok', '701063-2391'], keep: 'P-1' });
    expect(paths).toEqual(['reference', 'n', 'list.1']);
    expect(redacted).toEqual({ reference: `P ${REDACTED}`, n: REDACTED, list: ['ok', REDACTED], keep: 'P-1' });
  });
});

describe('the screen (properties)', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');

  it('refuses every date followed by four digits, however written, check digit right or not', () => {
    fc.assert(fc.property(personalNumberVariant(), ({ text }) => {
      expect(containsPersonalIdentityNumber(text)).toBe(true);
      expect(containsPersonalIdentityNumber(redactPersonalIdentityNumbers(text))).toBe(false);
    }), { numRuns: 2000 });
  });

  it('accepts UUIDs, ISO dates and organisation numbers', () => {
    const isoDate = fc.date({ min: new Date('1800-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
    const orgNumber = fc.tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9999 }))
      .map(([a, b, c, d]) => `${a}${b}${pad(c, 3)}-${pad(d, 4)}`);
    fc.assert(fc.property(fc.oneof(fc.uuid(), isoDate, isoDate.map((d) => d.slice(0, 10)), orgNumber, orgNumber.map((o) => o.replace('-', ''))), (text) => {
      expect(containsPersonalIdentityNumber(text)).toBe(false);
    }), { numRuns: 2000 });
  });
});
