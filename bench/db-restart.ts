/**
 * Database-fault drill: runs the built service against its own embedded PostgreSQL, keeps
 * submitting placement reports from several clients, stops PostgreSQL for a few seconds and starts it again.
 * Prints how many writes were acknowledged (2xx), how many were answered 503 while the database was
 * away, how long the service took to recover, and how many acknowledged reports are missing
 * afterwards (must be 0). Then sends SIGTERM with requests in flight and checks they all finished.
 *
 *   npm run build && node dist/bench/db-restart.js
 */
import { ChildProcess } from 'child_process';
import { chmodSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { awardedPlacementsContract, placementReport, sleep, startService, waitHealthy } from './support/service';

const CLIENTS = 4;
const OUTAGE_MS = 4000;
const RUN_MS = 15000;


async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sc-db-restart-'));
  chmodSync(dataDir, 0o755);
  const pgPort = 41000 + Math.floor(Math.random() * 1000);
  const httpPort = pgPort + 1000;
  let database = await startEmbeddedPostgres(dataDir, pgPort);
  const env = { ...process.env, DATABASE_URL: database.url, PORT: String(httpPort), LOG_LEVEL: 'error', JWT_SECRET: 'x'.repeat(40), RATE_LIMIT_PER_MINUTE: '1000000' };
  const service: ChildProcess = startService(env);
  const base = `http://127.0.0.1:${httpPort}`;
  try {
    await waitHealthy(base);
    const { path, supplierToken: token } = await awardedPlacementsContract(base, env);

    const acknowledged: string[] = [];
    const statuses = new Map<string, number>();
    let next = 0;
    let stop = false;
    const client = async () => {
      while (!stop) {
        const n = next++;
        let status = 'network error';
        try {
          const res = await fetch(`${base}${path}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: placementReport(`D-${n}`, n),
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
    console.log(`stopping PostgreSQL for ${OUTAGE_MS} ms after ${acknowledged.length} acknowledged reports`);
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
      fetch(`${base}${path}?limit=200&offset=${i}`, { headers: { Authorization: `Bearer ${token}` } }).then(
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
    const { rows } = await db.query('SELECT id FROM placement WHERE id = ANY($1::uuid[])', [acknowledged]);
    await db.end();
    const missing = acknowledged.length - rows.length;

    console.log(`responses by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(`service healthy again ${recoveredAfter} ms after PostgreSQL restarted`);
    console.log(`acknowledged reports: ${acknowledged.length}; found in the database: ${rows.length}; lost: ${missing}`);
    const answered = inFlightStatuses.filter((s) => s === 200).length;
    console.log(`SIGTERM with 20 requests in flight: ${answered} answered 200 ${JSON.stringify(inFlightStatuses.filter((s) => s !== 200))}; exit code ${exitCode}`);
    if (missing !== 0 || recoveredAfter < 0 || health.status !== 503 || answered !== 20 || statuses.has('500')) process.exitCode = 1;
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
