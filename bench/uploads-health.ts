/**
 * Starvation benchmark: twelve 5 000-row CSV uploads of one supplier sent at once to the built
 * service, while /api/health is polled every 50 ms and another supplier reports a placement each
 * second. Prints the health latency (p50/p99/max), the uploads' statuses (CSV_UPLOADS_PER_SUPPLIER
 * are stored, the rest refused with 429), the other supplier's report latency and the service's
 * peak RSS. Target: health < 200 ms.
 *
 *   npm run bench:uploads         (DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test;
 *                                  BENCH_UPLOADS, default 12; CSV_UPLOADS_PER_SUPPLIER, default 2)
 */
import { ChildProcess } from 'child_process';
import { Client } from 'pg';
import { admin, benchServiceEnv, rssMb, urlFor } from './support/bench-database';
import { awardedPlacementsContract, placementReport, startService, waitHealthy } from './support/service';

const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 12);
const ROWS = 5000;
const DATABASE = 'sc_bench_uploads';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function csv(prefix: string): Blob {
  const rows = Array.from({ length: ROWS }, (_, i) =>
    `${prefix}-${i};EMPLOYMENT;2026-02-01;ja;2026-02-15;2026-08-14;100;NEWCOMER;${i % 2 ? 'WOMAN' : 'MAN'};25-29;nej`);
  const header = 'reference;kind;offeredDate;filled;startDate;endDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';
  return new Blob([[header, ...rows].join('\n')], { type: 'text/csv' });
}

/** The time a request took and its status; 0 when the connection failed (counted, not thrown). */
async function timed(work: () => Promise<number>): Promise<{ ms: number; value: number }> {
  const started = performance.now();
  const value = await work().catch(() => 0);
  return { ms: performance.now() - started, value };
}

async function main(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  const { port, env } = benchServiceEnv(DATABASE, 45000);
  const service: ChildProcess = startService(env);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(base, 60000);
    const busy = await awardedPlacementsContract(base, env);
    const other = await awardedPlacementsContract(base, env, 1);
    const files = Array.from({ length: UPLOADS }, (_, n) => csv(`U${n}`));

    let peakRss = 0;
    let uploading = true;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(service.pid as number))), 200);
    const uploads = Promise.all(files.map((file, n) => timed(async () => {
      const form = new FormData();
      form.append('file', file, `placeringar-${n}.csv`);
      const res = await fetch(`${base}${busy.path}/csv`, { method: 'POST', headers: { Authorization: `Bearer ${busy.supplierToken}` }, body: form });
      await res.arrayBuffer();
      return res.status;
    }))).finally(() => (uploading = false));

    const health: { ms: number; value: number }[] = [];
    const reports: { ms: number; value: number }[] = [];
    const polling = (async () => {
      while (uploading) {
        health.push(await timed(async () => (await fetch(`${base}/api/health`)).status));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const reporting = (async () => {
      for (let serial = 0; uploading; serial++) {
        reports.push(await timed(async () => (await fetch(`${base}${other.path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${other.supplierToken}`, 'Content-Type': 'application/json' },
          body: placementReport(`OTHER-${serial}`, serial),
        })).status));
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    })();
    const done = await uploads;
    await Promise.all([polling, reporting]);
    clearInterval(sampler);

    const statuses = new Map<number, number>();
    for (const { value } of done) statuses.set(value, (statuses.get(value) ?? 0) + 1);
    const healthMs = health.map((h) => h.ms).sort((a, b) => a - b);
    const stored = new Client({ connectionString: urlFor(DATABASE) });
    await stored.connect();
    const { rows } = await stored.query(`SELECT count(*)::int AS n FROM placement WHERE reference LIKE 'U%'`);
    await stored.end();
    const accepted = done.filter((u) => u.value === 201).map((u) => u.ms);
    console.log(`uploads: ${UPLOADS} × ${ROWS} rows, statuses ${[...statuses].map(([s, n]) => `${n}×${s}`).join(', ')}, ` +
      `accepted ones took ${accepted.map((ms) => (ms / 1000).toFixed(1)).join(' s, ')} s, rows stored ${rows[0].n}`);
    console.log(`/api/health during the uploads: ${health.length} polls, ` +
      `${health.filter((h) => h.value !== 200).length} not 200, p50 ${percentile(healthMs, 50).toFixed(0)} ms, ` +
      `p99 ${percentile(healthMs, 99).toFixed(0)} ms, max ${healthMs[healthMs.length - 1].toFixed(0)} ms (target < 200 ms)`);
    console.log(`other supplier's reports: ${reports.length}, statuses ${[...new Set(reports.map((r) => r.value))].join(', ')}, ` +
      `max ${Math.max(...reports.map((r) => r.ms)).toFixed(0)} ms`);
    console.log(`service peak RSS: ${peakRss.toFixed(0)} MB`);
  } finally {
    if (service.exitCode === null) {
      const exited = new Promise((resolve) => service.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
    }
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
