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
