import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { catalogProblems, Message } from './index';

const SRC = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = files(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
const catalogs = sources.filter((f) => f.endsWith('.messages.ts'));

describe('message catalogs', () => {
  it.each(catalogs.map((f) => [relative(SRC, f)]))('%s: every code has Swedish and English with the same placeholders', (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(join(SRC, file)) as Record<string, Record<string, Message>>;
    const entries = Object.values(exported).filter((v) => typeof v === 'object');
    expect(entries.length).toBeGreaterThan(0);
    for (const catalog of entries) expect(catalogProblems(catalog)).toEqual([]);
  });

  it('leaves no error text as English words in src: every HTTP error is thrown with a code', () => {
    const worded = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(SRC, file)}:${i + 1}` }))
        .filter(({ line }) => /new \w+Exception\(\s*[`'"]/.test(line) || /\bmessages: \[[`'"]/.test(line)),
    );
    expect(worded.map(({ at }) => at)).toEqual([]);
  });
});
