/**
 * Multipart attack: an authenticated supplier sends many multipart requests at once, each with many
 * 1 MB text fields, to the evidence upload. Before the multipart limits the service buffered every
 * field before refusing the request (one request took it from 140 MB to 1.2 GB). The bodies are
 * streamed from one 1 MB buffer, so the bench itself stays small. Prints the service's RSS before,
 * its peak during and its RSS after the attack, the answers, and whether /api/health still answers.
 *
 *   npm run bench:multipart       (DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test;
 *                                  BENCH_REQUESTS (20), BENCH_FIELDS (200), BENCH_NODE_ARGS,
 *                                  e.g. "--max-old-space-size=256")
 */
import { ChildProcess } from 'child_process';
import { request } from 'http';
import { admin, benchServiceEnv, rssMb } from './support/bench-database';
import { api, awardedPlacementsContract, placementReport, sleep, startService, waitHealthy } from './support/service';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20);
const FIELDS = Number(process.env.BENCH_FIELDS ?? 200);
const DATABASE = 'sc_bench_multipart';
const FIELD = Buffer.alloc(1024 * 1024, 'x');
const BOUNDARY = 'bench-multipart-attack';

/**
 * Streams one multipart body of FIELDS text fields of 1 MB and a small PDF, waiting for the socket
 * to drain between fields; resolves with the status and body, or the error if the connection broke.
 */
function attack(base: string, path: string, token: string): Promise<string> {
  return new Promise((resolve) => {
    const req = request(`${base}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(`${res.statusCode} ${Buffer.concat(chunks).toString('utf8').slice(0, 160)}`));
    });
    req.on('error', (error) => resolve(`connection error: ${error.message}`));
    void (async () => {
      for (let i = 0; i < FIELDS && !answered && !req.destroyed; i++) {
        req.write(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="note${i}"\r\n\r\n`);
        if (!req.write(FIELD)) await new Promise((r) => req.once('drain', r));
        req.write('\r\n');
      }
      if (!req.destroyed) {
        req.end(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="intyg.pdf"\r\n\r\n%PDF-1.7\n%%EOF\n\r\n--${BOUNDARY}--\r\n`);
      }
    })();
  });
}

async function main(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  const { port, env } = benchServiceEnv(DATABASE, 44000, { LOG_LEVEL: 'error' });
  const service: ChildProcess = startService(env, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
  const pid = service.pid as number;
  let exit = '';
  service.once('exit', (code, signal) => (exit = `exited (code ${code}, signal ${signal})`));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(base, 60_000);
    const { path, supplierToken } = await awardedPlacementsContract(base, env);
    const placement = await api(base, supplierToken, 'POST', path, JSON.parse(placementReport('BENCH-1', 1)));
    const contractPath = path.split('/clauses/')[0];
    const evidencePath = `${contractPath}/reports/placements/${placement.id}/evidence`;
    await sleep(1000);
    const before = rssMb(pid);

    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: REQUESTS }, () => attack(base, evidencePath, supplierToken)));
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sampler);
    await sleep(2000);
    const after = rssMb(pid);

    const healthStarted = Date.now();
    const healthy = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    const healthMs = Date.now() - healthStarted;

    const counts = new Map<string, number>();
    for (const answer of answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
    console.log(`${REQUESTS} concurrent multipart requests, each ${FIELDS} text fields of 1 MB (${((REQUESTS * FIELDS) / 1024).toFixed(1)} GB offered), in ${seconds.toFixed(1)} s`);
    for (const [answer, n] of counts) console.log(`  ${n} × ${answer}`);
    console.log(`service RSS: before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, after ${after.toFixed(0)} MB (target: peak < 300 MB)`);
    console.log(exit ? `service ${exit}` : `after the attack /api/health answered ${healthy ? 'OK' : 'NOT OK'} in ${healthMs} ms`);
  } finally {
    if (service.exitCode === null && service.signalCode === null) {
      const exited = new Promise((r) => service.once('exit', r));
      service.kill('SIGTERM');
      await exited;
    }
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
