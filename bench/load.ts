/**
 * Load benchmark: placement reports submitted through the whole HTTP stack (auth, rate limit,
 * personal-number screening, validation, ownership check, transaction with audit row) measured
 * with autocannon, against raw single-row INSERT throughput of PostgreSQL measured with pgbench on
 * an equivalent table, in the same run and on the same server. Prints throughput, p50/p99 latency,
 * the service's peak RSS and the ratio. In the same run, two floor servers (bare node:http and a
 * minimal NestJS app, each parsing the body and running one INSERT through a pg Pool) are driven the
 * same way, to show how much of pgbench any Node or NestJS service reaches on this machine, and the
 * targets of issue 19 against the NestJS floor with PASS/FAIL, plus the service's idle RSS.
 *
 *   npm run bench:load            (DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test;
 *                                  BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_FLOORS=no)
 */
import autocannon from 'autocannon';
import { ChildProcess, execFileSync } from 'child_process';
import { randomUUID } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrationsExclusively } from '../src/database/run-migrations';
import { FLOOR_PATH, FloorServerKind, startFloorServer, waitListening } from './support/floor-servers';
import { admin, benchServiceEnv, rssMb, urlFor } from './support/bench-database';
import { awardedPlacementsContract, placementReport, sleep, startService, waitHealthy } from './support/service';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DATABASE = 'sc_bench_load';

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used so far by each PostgreSQL backend connected to the bench database: what the
 * server spends per request, on the same two cores. Backends that end during a run are not counted.
 */
async function postgresCpuSeconds(): Promise<Map<number, number>> {
  const client = new Client({ connectionString: urlFor(DATABASE) });
  await client.connect();
  const { rows } = await client.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [DATABASE]);
  await client.end();
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      cpu.set(pid, cpuSeconds(pid));
    } catch {
      // The backend ended meanwhile.
    }
  }
  return cpu;
}

/** Stops a server process (once) and waits for it to exit, so the next one has the machine to itself. */
async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

interface Run {
  result: autocannon.Result;
  peakRss: number;
  /** Successful requests per second. */
  rps: number;
  /** The server process's CPU time per request, in ms: its cost, less sensitive to the machine's other load. */
  cpuMsPerRequest: number;
  /** PostgreSQL's CPU time per request, in ms. */
  pgCpuMsPerRequest: number;
}

let serial = 0;

/** Drives one server with CONNECTIONS connections for DURATION_S seconds of placement reports, sampling its RSS. */
async function drive(url: string, pid: number, headers: Record<string, string> = {}): Promise<Run> {
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 200);
  const cpuBefore = cpuSeconds(pid);
  const pgCpuBefore = await postgresCpuSeconds();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { ...headers, 'Content-Type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: placementReport(`L-${++serial}`, serial) }) }],
  });
  clearInterval(sampler);
  const cpuMsPerRequest = ((cpuSeconds(pid) - cpuBefore) * 1000) / result.requests.total;
  const pgCpuAfter = await postgresCpuSeconds();
  const pgCpuS = [...pgCpuAfter].reduce((sum, [backend, cpu]) => sum + cpu - (pgCpuBefore.get(backend) ?? 0), 0);
  const rps = result.non2xx === 0 ? result.requests.average : (result.requests.total - result.non2xx) / DURATION_S;
  return { result, peakRss, rps, cpuMsPerRequest, pgCpuMsPerRequest: (pgCpuS * 1000) / result.requests.total };
}

/** A floor server in its own process, with the service's pool size, driven like the service. */
async function floor(kind: FloorServerKind, env: NodeJS.ProcessEnv): Promise<Run> {
  const port = 44000 + Math.floor(Math.random() * 1000);
  const server = startFloorServer(kind, { ...env, PORT: String(port) });
  try {
    await waitListening(port);
    return await drive(`http://127.0.0.1:${port}${FLOOR_PATH}`, server.pid as number);
  } finally {
    await stop(server);
  }
}

function line(name: string, run: Run, pgTps: number): string {
  const { result } = run;
  return `${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
    `non-2xx ${result.non2xx}, errors ${result.errors}, peak RSS ${run.peakRss.toFixed(0)} MB, CPU ${run.cpuMsPerRequest.toFixed(2)} ms/req ` +
    `+ PostgreSQL ${run.pgCpuMsPerRequest.toFixed(2)} ms/req, ` +
    `${((run.rps / pgTps) * 100).toFixed(1)} % of pgbench`;
}

/**
 * Issue 19's targets, all in the same run: the service against the minimal NestJS floor (throughput
 * ≥ 60 %, Node CPU per report ≤ 2×, PostgreSQL CPU per report ≤ 1.5×), p99 < 50 ms, peak RSS
 * < 250 MB; idle RSS after start reported beside them. Ratios need the floors (not BENCH_FLOORS=no).
 */
function issue19Targets(service: Run, idleRss: number, floor: Run | undefined): string[] {
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  const lines: string[] = [];
  if (floor) {
    const throughput = service.rps / floor.rps;
    const nodeCpu = service.cpuMsPerRequest / floor.cpuMsPerRequest;
    const pgCpu = service.pgCpuMsPerRequest / floor.pgCpuMsPerRequest;
    lines.push(
      `throughput service/NestJS floor: ${(throughput * 100).toFixed(1)} % (target ≥ 60 %) ${verdict(throughput >= 0.6)}`,
      `Node CPU per report service/NestJS floor: ${nodeCpu.toFixed(2)}× (target ≤ 2×) ${verdict(nodeCpu <= 2)}`,
      `PostgreSQL CPU per report service/NestJS floor: ${pgCpu.toFixed(2)}× (target ≤ 1.5×) ${verdict(pgCpu <= 1.5)}`,
    );
  }
  lines.push(
    `p99 service: ${service.result.latency.p99} ms (target < 50 ms) ${verdict(service.result.latency.p99 < 50)}`,
    `peak RSS service: ${service.peakRss.toFixed(0)} MB (target < 250 MB) ${verdict(service.peakRss < 250)}`,
    `idle RSS service after start: ${idleRss.toFixed(0)} MB (reported)`,
  );
  return lines;
}

/** Raw PostgreSQL: one single-row INSERT per transaction into a table shaped like `placement`. */
function pgbench(): number {
  const script = join(tmpdir(), `sc-pgbench-${process.pid}.sql`);
  writeFileSync(
    script,
    `\\set n random(1, 1000000000)
INSERT INTO bench_placement (supplier_id, contract_id, clause_id, reference, kind, offered_date, filled, start_date, end_date,
  working_time_percent, target_group, gender, age_band, establishment_programme, created_by)
VALUES ('${randomUUID()}', '${randomUUID()}', '${randomUUID()}', 'R-' || :n || '-' || :client_id, 'EMPLOYMENT', '2026-02-01', true,
  '2026-02-15', '2026-08-14', 100, 'NEWCOMER', 'WOMAN', '25-29', false, 'bench') ON CONFLICT DO NOTHING;
`,
  );
  const out = execFileSync(
    'pgbench',
    ['-n', '-c', String(CONNECTIONS), '-j', '2', '-T', String(DURATION_S), '-f', script, urlFor(DATABASE)],
    { encoding: 'utf8' },
  );
  const tps = /tps = ([\d.]+)/.exec(out);
  if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
  return Number(tps[1]);
}

async function main(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  const dataSource = new DataSource(dataSourceOptions(urlFor(DATABASE), 2));
  await dataSource.initialize();
  await runMigrationsExclusively(dataSource);
  // Same columns, checks and unique reference as `placement`, without the foreign keys.
  if (process.env.BENCH_LOG_STATEMENTS) await dataSource.query(`ALTER DATABASE ${DATABASE} SET log_min_duration_statement = 0`);
  await dataSource.query(`CREATE TABLE bench_placement (LIKE placement INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
  await dataSource.destroy();

  const { port, env } = benchServiceEnv(DATABASE, 43000, { DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '20' });
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the service under load.
  const service: ChildProcess = startService(env, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(base);
    // Resident memory once started and idle: what is loaded at start, before any report.
    await sleep(1000);
    const idleRss = rssMb(service.pid as number);
    const { path, supplierToken } = await awardedPlacementsContract(base, env);

    const serviceRun = await drive(`${base}${path}`, service.pid as number, { Authorization: `Bearer ${supplierToken}` });
    const stored = new Client({ connectionString: urlFor(DATABASE) });
    await stored.connect();
    const { rows } = await stored.query('SELECT count(*)::int AS n FROM placement');
    await stored.end();
    await stop(service);

    // BENCH_FLOORS=no skips the floor servers, for quicker paired before/after runs of the service.
    const floors = process.env.BENCH_FLOORS === 'no' ? [] : [
      { name: 'floor, bare node:http + pg Pool', run: await floor('bare', env) },
      { name: 'floor, minimal NestJS + pg Pool', run: await floor('nest', env) },
    ];
    const pgTps = pgbench();
    console.log(`${line('service', serviceRun, pgTps)}, placements stored ${rows[0].n}`);
    console.log(`pgbench single-row INSERT: ${pgTps.toFixed(0)} tps (${CONNECTIONS} clients, ${DURATION_S} s)`);
    for (const { name, run } of floors) console.log(line(name, run, pgTps));
    console.log(`ratio service/pgbench: ${((serviceRun.rps / pgTps) * 100).toFixed(1)} %`);
    const nestFloor = floors.find((f) => f.name.includes('NestJS'))?.run;
    for (const line of issue19Targets(serviceRun, idleRss, nestFloor)) console.log(line);
  } finally {
    await stop(service);
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
