import { containsPersonalIdentityNumber } from '../common/personal-data/personal-identity-number';
import { newReferralCode, REFERRAL_CODE } from './referral-code';

describe('referral codes', () => {
  it('are JT-XXXX-XXXX of letters without I and O and digits 2–9', () => {
    for (let i = 0; i < 1000; i++) expect(newReferralCode()).toMatch(REFERRAL_CODE);
  });

  it('never hold a run of digits the personal-data screen refuses, even when every character drawn is a digit', () => {
    const digitsOnly = (max: number) => max - 1 - (Math.floor(Math.random() * 8));
    const allDigits = newReferralCode(digitsOnly);
    expect(allDigits).toMatch(/^JT-[2-9]{4}-[2-9]{4}$/);
    expect(containsPersonalIdentityNumber(allDigits)).toBe(false);
    expect(containsPersonalIdentityNumber(`${allDigits} ${allDigits}`)).toBe(false);
  });

  it('gives 10 000 codes that pass the screen and never collide', () => {
    const codes = Array.from({ length: 10_000 }, () => newReferralCode());
    expect(codes.filter(containsPersonalIdentityNumber)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
