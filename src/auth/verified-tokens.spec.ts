import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  it('answers a kept token until its expiry, not at or after it', () => {
    const tokens = new VerifiedTokens<string>(10);
    tokens.set('a', 'officer', 2_000);
    expect(tokens.get('a', 1_999)).toBe('officer');
    expect(tokens.get('a', 2_000)).toBeUndefined();
    expect(tokens.get('a', 1_000)).toBeUndefined();
  });

  it('knows no token it was not given', () => {
    expect(new VerifiedTokens<string>(10).get('never-verified', 0)).toBeUndefined();
  });

  it('drops the oldest token when full', () => {
    const tokens = new VerifiedTokens<number>(2);
    tokens.set('a', 1, 10_000);
    tokens.set('b', 2, 10_000);
    tokens.set('c', 3, 10_000);
    expect([tokens.get('a', 0), tokens.get('b', 0), tokens.get('c', 0)]).toEqual([undefined, 2, 3]);
  });
});
