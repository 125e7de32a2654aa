import { spawn } from 'child_process';
import { join, resolve } from 'path';
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

/** What a CLI process printed, and how it exited. */
export interface CliProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run cli -- <args>` as a process of its own, from the TypeScript sources (transpiled on
 * load, as test/support/service-process.ts starts the service), against the test app's database:
 * for what must be separate processes, such as two operators' runs racing.
 */
export function runCliProcess(t: TestApp, args: string[], env: Record<string, string> = {}): Promise<CliProcessResult> {
  const root = resolve(__dirname, '..', '..');
  const child = spawn(process.execPath, ['-r', join(root, 'test/support/transpile-on-require.js'), 'src/cli.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, DATABASE_URL: (t.dataSource.options as { url: string }).url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}
