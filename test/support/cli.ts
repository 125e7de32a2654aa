import { commands } from '../../src/cli';
import { TestApp } from './test-app';

/** Runs `npm run cli -- <args>` in-process against the test app's database; returns what it printed. */
export async function runCli(t: TestApp, args: string[]): Promise<string[]> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => {
    lines.push(String(line));
  });
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = (t.dataSource.options as { url: string }).url;
  try {
    await commands[args[0]](args.slice(1));
  } finally {
    process.env.DATABASE_URL = previous;
    log.mockRestore();
  }
  return lines;
}
