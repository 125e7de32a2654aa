import { ChildProcess, spawn } from 'child_process';
import { chmodSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { Client } from 'pg';
import { isPostgresServerOf, isRunning } from '../src/database/embedded/processes';
import { readPostmasterPid, stopServer } from '../src/database/embedded/server-process';

/**
 * Several processes opening the embedded PostgreSQL of one data folder, as the service and CLI
 * commands do: each child opens it, prints its URL, and leaves when its stdin closes.
 */
const ROOT = resolve(__dirname, '..');
const OPEN_AND_WAIT = `
  const { startEmbeddedPostgres } = require('./src/database/embedded-postgres');
  startEmbeddedPostgres(process.env.DATA_DIR, Number(process.env.EMBEDDED_PG_PORT)).then((db) => {
    console.log(JSON.stringify({ url: db.url, description: db.description }));
    process.stdin.on('end', () => db.stop().then(() => process.exit(0)));
    process.stdin.resume();
  }, (error) => { console.error(error.message); process.exit(1); });`;

interface User {
  child: ChildProcess;
  url: string;
  description: string;
}

describe('Processes sharing one embedded PostgreSQL data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sc-embedded-sharing-'));
  const databaseDir = join(dataDir, 'pg');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const children: ChildProcess[] = [];

  function open(): Promise<User> {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['-r', './test/support/transpile-on-require.js', '-e', OPEN_AND_WAIT], { cwd: ROOT, env });
    children.push(child);
    let output = '';
    return new Promise((done, fail) => {
      child.stderr?.on('data', (chunk) => (output += chunk));
      child.stdout?.on('data', (chunk) => {
        output += chunk;
        const line = output.split('\n').find((text) => text.startsWith('{'));
        if (line) done({ child, ...JSON.parse(line) });
      });
      child.on('exit', (code) => fail(new Error(`exited (${code}): ${output}`)));
    });
  }

  function leave(user: User): Promise<void> {
    return new Promise((done) => {
      user.child.once('exit', () => done());
      user.child.stdin?.end();
    });
  }

  async function answers(url: string): Promise<boolean> {
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.query('SELECT 1 AS one')).rows[0].one === 1;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  beforeAll(() => chmodSync(dataDir, 0o755));

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    const postmaster = readPostmasterPid(databaseDir);
    if (postmaster && isPostgresServerOf(postmaster.pid, databaseDir)) await stopServer(postmaster.pid);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('keeps the server for a process that joined when the one that started it leaves; the last to leave stops it', async () => {
    const first = await open();
    expect(first.description).toContain('Started the embedded PostgreSQL');
    const server = readPostmasterPid(databaseDir)?.pid as number;

    const second = await open();
    expect(second.description).toContain(`Joined the embedded PostgreSQL (pid ${server}`);

    await leave(first);
    expect(isRunning(server)).toBe(true);
    expect(await answers(second.url)).toBe(true);

    await leave(second);
    expect(isRunning(server)).toBe(false);
    expect(readPostmasterPid(databaseDir)).toBeUndefined();
  }, 90_000);

  it('stops a server whose only user was killed, and starts a fresh one', async () => {
    const killed = await open();
    const orphan = readPostmasterPid(databaseDir)?.pid as number;
    killed.child.kill('SIGKILL');
    await new Promise((done) => killed.child.once('exit', done));
    expect(isPostgresServerOf(orphan, databaseDir)).toBe(true);

    const next = await open();
    expect(next.description).toContain(`after stopping the one (pid ${orphan})`);
    expect(isRunning(orphan)).toBe(false);
    expect(await answers(next.url)).toBe(true);
    await leave(next);
  }, 90_000);
});
