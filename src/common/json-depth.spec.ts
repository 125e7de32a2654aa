import { jsonNestsDeeperThan } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonNestsDeeperThan', () => {
  it('allows nesting up to the limit and refuses one level more', () => {
    expect(jsonNestsDeeperThan(bytes(nested(32)), 32)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(nested(33)), 32)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":{"b":[1,{"c":2}]}}'), 3)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":{"b":[1,{"c":2}]}}'), 4)).toBe(false);
  });

  it('counts depth, not the number of brackets side by side', () => {
    expect(jsonNestsDeeperThan(bytes(`[${Array(10_000).fill('[]').join(',')}]`), 2)).toBe(false);
  });

  it('skips brackets inside strings, including after escaped quotes and backslashes', () => {
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ text: '[[[[{{{{' })), 1)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ text: 'a "quoted" [[[[' })), 1)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ text: 'ends in a backslash \\', next: [[1]] })), 2)).toBe(true);
  });

  it('checks a body nested 3 000 deep in one pass without recursion', () => {
    expect(jsonNestsDeeperThan(bytes(nested(3000)), 32)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":'.repeat(100_000)), 32)).toBe(true);
  });
});
