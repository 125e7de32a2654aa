import { months } from './results-assembly';

describe('full-time months in the results', () => {
  it('rounds to one decimal, the same whichever order PostgreSQL added the float sums in', () => {
    expect(months(1883.2499999999998)).toBe(1883.3);
    expect(months(1883.2500000000002)).toBe(1883.3);
    expect(months('1883.25')).toBe(1883.3);
    expect(months(0.1 + 0.2)).toBe(0.3);
    expect(months(6.04999)).toBe(6);
    expect(months(null)).toBe(0);
  });
});
