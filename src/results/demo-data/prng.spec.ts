import { Prng } from './prng';

describe('Prng (mulberry32)', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const seq = (p: Prng) => Array.from({ length: 5 }, () => p.next());
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws integers within bounds, both ends reachable', () => {
    const p = new Prng(7);
    const seen = new Set(Array.from({ length: 2000 }, () => p.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('follows the weights roughly', () => {
    const p = new Prng(1);
    const draws = Array.from({ length: 10000 }, () => p.weighted({ a: 9, b: 1 }));
    const share = draws.filter((d) => d === 'a').length / draws.length;
    expect(share).toBeGreaterThan(0.87);
    expect(share).toBeLessThan(0.93);
  });

  it('makes well-formed version 4 UUIDs', () => {
    const p = new Prng(3);
    for (let i = 0; i < 100; i++) expect(p.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
