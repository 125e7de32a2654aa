/**
 * National-scale benchmark of the pact results (issue 6): loads 150 000 procurements and 2 000 000
 * placements with the demo-data code into its own database, then times GET /api/results for one
 * year through the whole HTTP stack against a hand-written SQL query for the same figures, and the
 * annual report PDF for a year of about 1 000 procurements.
 *
 *   npm run bench:results                 (DATABASE_URL default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_REUSE=1 npm run bench:results   (keep an already loaded sc_bench_results)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'crypto';
import { cpus, loadavg } from 'os';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { Role } from '../src/auth/role';
import { TokenService } from '../src/auth/token.service';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { defaultPlacements } from '../src/results/demo-data/generate';
import { loadDemoData, progressBar } from '../src/results/demo-data/load';
import {
  CLAUSES_OF_PERIOD,
  PLACEMENTS_IN_PERIOD,
  PLACEMENTS_PER_SUPPLIER_AND_MEMBER,
  PROCUREMENTS_IN_PERIOD,
} from '../src/results/results.queries';
import { periodSplitParams } from '../src/results/results.service';
import { foldAllTallyDeltas } from '../src/results/tally-folding.service';
import { HAND_WRITTEN } from './results-hand-written';
import { urlFor } from './support/bench-database';

const YEAR = 2024;
const RUNS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
}

/** A migrated database with the demo data set, reused when BENCH_REUSE=1 and already loaded. */
async function prepare(database: string, procurements: number, seed: number): Promise<string> {
  const url = urlFor(database);
  const exists = await withClient(urlFor('postgres'), async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount);
  if (exists && process.env.BENCH_REUSE === '1') {
    const loaded = await withClient(url, async (c) => Number((await c.query('SELECT count(*) AS n FROM procurement')).rows[0].n));
    if (loaded === procurements) {
      console.error(`Reusing ${database} (${procurements} procurements)`);
      await migrate(url);
      // A migration may have left tally deltas (CreatePlacementTallies counts what exists); fold them as the service would.
      await withClient(url, async (c) => {
        await foldAllTallyDeltas(c);
        await c.query('VACUUM ANALYZE');
      });
      return url;
    }
  }
  await withClient(urlFor('postgres'), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${database}`);
  });
  await migrate(url);
  const options = { procurements, placements: defaultPlacements(procurements), seed };
  const started = Date.now();
  // A second connection folds each batch while the next one is generated and inserted.
  const done = await withClient(url, (c) => withClient(url, (fold) => loadDemoData(c, options, progressBar(options), fold)));
  console.log(`Loaded ${database}: ${done.procurements} procurements, ${done.placements} placements in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url;
}

async function startApp(url: string): Promise<{ base: string; token: string; close: () => Promise<void> }> {
  const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error' });
  const app = configureApp(
    await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl: url, signingSecret: randomBytes(32).toString('hex') }),
      { logger: ['error'] },
    ),
    config,
  );
  await app.listen(0, '127.0.0.1');
  const token = app.get(TokenService).issue({ role: Role.PactOffice });
  return { base: `${await app.getUrl()}/api`, token, close: () => app.close() };
}

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

/** The four queries of ResultsService.results, side by side, each in a transaction with JIT off as the service runs them. */
function ownQueries(pool: Pool, params: unknown[]): Promise<unknown> {
  const placementParams = [...params, ...periodSplitParams({ from: String(params[0]), to: String(params[1]), unit: null })];
  const statements: [string, unknown[]][] = [
    [PLACEMENTS_IN_PERIOD, placementParams],
    [PLACEMENTS_PER_SUPPLIER_AND_MEMBER, placementParams],
    [PROCUREMENTS_IN_PERIOD, [params[0], params[1], null]],
    [CLAUSES_OF_PERIOD, [params[0], params[1], null]],
  ];
  return Promise.all(
    statements.map(async ([sql, values]) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN READ ONLY');
        await client.query('SET LOCAL jit = off');
        const result = await client.query(sql, values);
        await client.query('COMMIT');
        return result;
      } finally {
        client.release();
      }
    }),
  );
}

async function get(app: { base: string; token: string }, path: string): Promise<Response> {
  const res = await fetch(`${app.base}${path}`, { headers: { Authorization: `Bearer ${app.token}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res;
}

async function main(): Promise<void> {
  const bigUrl = await prepare('sc_bench_results', 150_000, 1);
  const app = await startApp(bigUrl);
  try {
    const path = `/results?from=${YEAR}-01-01&to=${YEAR}-12-31`;
    const api = await timeRuns(RUNS, async () => (await get(app, path)).json());
    const results = (await (await get(app, path)).json()) as Record<string, any>;

    const params = [`${YEAR}-01-01`, `${YEAR}-12-31`, results.countedVerificationStatuses];
    // Side by side on a pool, as the service runs its three queries.
    const pool = new Pool({ connectionString: bigUrl, max: 4 });
    const run = () => Promise.all(HAND_WRITTEN.map(([sql, withStatuses]) => pool.query(sql, withStatuses ? params : params.slice(0, 2))));
    const sqlTimes = await timeRuns(RUNS, run);
    const hand = await run();
    // The service's own four queries straight on the pool: what HTTP, Nest and the mapping add.
    const own = await timeRuns(RUNS, () => ownQueries(pool, [...params, null]));
    await pool.end();
    const agree = sameFigures(results, hand.map((r) => r.rows));
    console.log(`\nMachine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work shares the cores)`);
    console.log(`GET /api/results for ${YEAR} (${results.procurements.published} procurements published, ${results.placements.offered} placements offered, ${results.placements.filled} filled; median of ${RUNS}): ${ms(median(api))}  [target < 300 ms]`);
    console.log(`Hand-written SQL for the same figures (median of ${RUNS}): ${ms(median(sqlTimes))}`);
    console.log(`Ratio API / SQL: ${(median(api) / median(sqlTimes)).toFixed(2)}  [target ≤ 3]   figures agree: ${agree ? 'yes' : 'NO'}`);
    console.log(`The service's own SQL straight on a pool (median of ${RUNS}): ${ms(median(own))}; API / own SQL: ${(median(api) / median(own)).toFixed(2)}`);
    // The dashboard asks for the trend (twelve quarters to the period's end) beside the results.
    const trendPath = `/results/trend?to=${YEAR}-12-31`;
    const trend = await timeRuns(RUNS, async () => (await get(app, trendPath)).json());
    const dashboard = await timeRuns(RUNS, () => Promise.all([get(app, path).then((r) => r.json()), get(app, trendPath).then((r) => r.json())]));
    console.log(`GET /api/results/trend, 12 quarters to ${YEAR} (median of ${RUNS}): ${ms(median(trend))}; with /api/results side by side, as the dashboard asks: ${ms(median(dashboard))}  [target < 300 ms]`);
    const bigPdf = await timeRuns(3, async () => (await get(app, `/results/annual-report.pdf?year=${YEAR}`)).arrayBuffer());
    console.log(`Annual report PDF on the national-scale set (${results.procurements.published} procurements in ${YEAR}, median of 3): ${ms(median(bigPdf))}`);
    if (!agree) process.exitCode = 1;
  } finally {
    await app.close();
  }

  // About 1 000 procurements published in the report year: 8 000 spread over 2019–2026.
  const smallUrl = await prepare('sc_bench_results_small', 8_000, 2);
  const small = await startApp(smallUrl);
  try {
    const published = ((await (await get(small, `/results?from=${YEAR}-01-01`)).json()) as Record<string, any>).procurements.published;
    const pdf = await timeRuns(10, async () => (await get(small, `/results/annual-report.pdf?year=${YEAR}`)).arrayBuffer());
    console.log(`Annual report PDF for ${published} procurements (median of 10): ${ms(median(pdf))}  [target < 2 s]`);
  } finally {
    await small.close();
  }
}

/** The API's figures against the hand-written query's rows: totals, gender split, measures 1–3, clause types. */
function sameFigures(api: Record<string, any>, [placements, procurements, clauses]: Record<string, any>[][]): boolean {
  const row = (rows: Record<string, any>[], split: string, key: string | null) => rows.find((r) => r.split === split && r.key === key);
  const checks: [string, number, number][] = [];
  const total = row(placements, 'total', null)!;
  checks.push(['offered', api.placements.offered, Number(total.offered)], ['filled', api.placements.filled, Number(total.filled)]);
  checks.push(['full-time months', api.placements.fullTimeMonths, Math.round(Number(total.full_time_months) * 10) / 10]);
  for (const g of api.placements.byGender) {
    const hand = row(placements, 'gender', g.gender);
    checks.push([`offered ${g.gender}`, g.offered, Number(hand?.offered ?? 0)], [`filled ${g.gender}`, g.filled, Number(hand?.filled ?? 0)]);
  }
  for (const p of api.placements.byGenderAndProgramme) {
    const hand = row(placements, 'gender_programme', `${p.gender}/${p.establishmentProgramme}`);
    checks.push([`filled ${p.gender}/${p.establishmentProgramme}`, p.filled, Number(hand?.filled ?? 0)]);
  }
  const pr = procurements[0];
  checks.push(['published', api.procurements.published, Number(pr.published)], ['with clauses', api.procurements.withClauses, Number(pr.with_clauses)]);
  checks.push(['with dialogue', api.procurements.withDialogue, Number(pr.with_dialogue)], ['with placements', api.procurements.withPlacements, Number(pr.with_placements)]);
  for (const c of api.clauses) {
    const hand = clauses.find((r) => r.type === c.type);
    checks.push([`${c.type} clauses`, c.clauses, Number(hand?.clauses ?? 0)], [`${c.type} fulfilled`, c.fulfilled, Number(hand?.fulfilled ?? 0)]);
  }
  const wrong = checks.filter(([, a, b]) => a !== b);
  for (const [name, a, b] of wrong) console.error(`  differs: ${name}: API ${a}, SQL ${b}`);
  return wrong.length === 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
