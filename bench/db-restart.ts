/**
 * Database-fault drill: runs the built service against its own embedded PostgreSQL, keeps
 * submitting writes from several clients, stops PostgreSQL for a few seconds and starts it again.
 * Prints how many writes were acknowledged (2xx), how many were answered 503 while the database was
 * away, how long the service took to recover, and how many acknowledged writes are missing
 * afterwards (must be 0). Then sends SIGTERM with requests in flight and checks they all finished.
 *
 *   npm run build && node dist/bench/db-restart.js
 */
import { ChildProcess, spawn } from 'child_process';
import { chmodSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { luhnValid } from '../src/common/org-number/org-number';

const CLIENTS = 4;
const OUTAGE_MS = 4000;
const RUN_MS = 15000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function orgNumber(n: number): string {
  const base = `559${String(n).padStart(6, '0')}`;
  const check = [...'0123456789'].find((d) => luhnValid(base + d));
  return `${base.slice(0, 6)}-${base.slice(6)}${check}`;
}

async function waitHealthy(base: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return Date.now() - started;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  throw new Error('service did not become healthy');
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sc-db-restart-'));
  chmodSync(dataDir, 0o755);
  const pgPort = 41000 + Math.floor(Math.random() * 1000);
  const httpPort = pgPort + 1000;
  let database = await startEmbeddedPostgres(dataDir, pgPort);
  const env = { ...process.env, DATABASE_URL: database.url, PORT: String(httpPort), LOG_LEVEL: 'error', JWT_SECRET: 'x'.repeat(40), RATE_LIMIT_PER_MINUTE: '1000000' };
  const service: ChildProcess = spawn(process.execPath, [resolve(__dirname, '../src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${httpPort}`;
  try {
    await waitHealthy(base, 20000);
    const token = await new Promise<string>((done, fail) => {
      const cli = spawn(process.execPath, [resolve(__dirname, '../src/cli.js'), 'token', '--role', 'officer'], { env });
      let out = '';
      cli.stdout.on('data', (d) => (out += d));
      cli.on('exit', (code) => (code === 0 ? done(out.trim().split('\n').pop() as string) : fail(new Error('token failed'))));
    });

    const acknowledged: string[] = [];
    const statuses = new Map<string, number>();
    let next = 0;
    let stop = false;
    const client = async () => {
      while (!stop) {
        const n = next++;
        let status = 'network error';
        try {
          const res = await fetch(`${base}/api/suppliers`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: `Drill ${n} AB`, orgNumber: orgNumber(n), contactEmail: `d${n}@drill.se` }),
          });
          status = String(res.status);
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          else await res.arrayBuffer();
        } catch {
          await sleep(50);
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);

    await sleep(3000);
    console.log(`stopping PostgreSQL for ${OUTAGE_MS} ms after ${acknowledged.length} acknowledged writes`);
    await database.stop();
    await sleep(OUTAGE_MS);
    const health = await fetch(`${base}/api/health`);
    console.log(`health while the database is away: ${health.status}`);
    database = await startEmbeddedPostgres(dataDir, pgPort);
    const restarted = Date.now();
    let recoveredAfter = -1;
    while (Date.now() - restarted < RUN_MS) {
      if (recoveredAfter < 0 && (await fetch(`${base}/api/health`)).ok) recoveredAfter = Date.now() - restarted;
      await sleep(100);
      if (recoveredAfter >= 0 && Date.now() - restarted > 4000) break;
    }
    stop = true;
    await Promise.all(clients);

    // Graceful shutdown: requests in flight when SIGTERM arrives still get their answer.
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      fetch(`${base}/api/suppliers?limit=200&q=${i}`, { headers: { Authorization: `Bearer ${token}` } }).then(
        (r) => r.status,
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      ),
    );
    await sleep(20);
    service.kill('SIGTERM');
    const inFlightStatuses = await Promise.all(inFlight);
    const exitCode = await new Promise<number | null>((done) => service.on('exit', (code) => done(code)));

    const db = new Client({ connectionString: database.url });
    await db.connect();
    const { rows } = await db.query('SELECT id FROM supplier WHERE id = ANY($1::uuid[])', [acknowledged]);
    await db.end();
    const missing = acknowledged.length - rows.length;

    console.log(`responses by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(`service healthy again ${recoveredAfter} ms after PostgreSQL restarted`);
    console.log(`acknowledged writes: ${acknowledged.length}; found in the database: ${rows.length}; lost: ${missing}`);
    const answered = inFlightStatuses.filter((s) => s === 200).length;
    console.log(`SIGTERM with 20 requests in flight: ${answered} answered 200 ${JSON.stringify(inFlightStatuses.filter((s) => s !== 200))}; exit code ${exitCode}`);
    if (missing !== 0 || recoveredAfter < 0 || health.status !== 503 || answered !== 20) process.exitCode = 1;
  } finally {
    if (service.exitCode === null) service.kill('SIGKILL');
    await database.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
