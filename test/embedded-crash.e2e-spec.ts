import { JwtService } from '@nestjs/jwt';
import { ChildProcess, execFile, spawn } from 'child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { Client } from 'pg';
import request from 'supertest';
import { Role } from '../src/auth/role';
import { TokenService } from '../src/auth/token.service';
import { ClauseType } from '../src/clauses/clause.types';
import { EMBEDDED_DATABASE_NAME } from '../src/database/embedded-postgres';
import { isPostgresServerOf, isRunning } from '../src/database/embedded/processes';
import { readPostmasterPid, stopServer } from '../src/database/embedded/server-process';
import { AwardedContract, createAwardedContract, placementInput, placementsParameters } from './support/followup-factories';
import { TestApp } from './support/test-app';

/**
 * The service on its embedded PostgreSQL default, run as separate processes from the sources
 * (transpiled on load, as the tests are): killed with SIGKILL in the middle of a CSV upload, which
 * leaves its PostgreSQL server running orphaned, and started again on the same data folder.
 */
const ROOT = resolve(__dirname, '..');
const FROM_SOURCES = ['-r', join(ROOT, 'test/support/transpile-on-require.js')];
const JWT_SECRET = 'embedded-crash-test-secret-of-forty-characters';
const ROWS = 5000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function placementsCsv(rows: number): Buffer {
  const header = 'reference;kind;offeredDate;filled;startDate;endDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';
  const lines = Array.from({ length: rows }, (_, i) =>
    [`BULK-${i + 1}`, 'EMPLOYMENT', '2026-02-01', 'ja', '2026-02-15', '2026-08-14', '100', 'LONG_TERM_UNEMPLOYED', i % 2 ? 'WOMAN' : 'MAN', '30-49', 'nej'].join(';'));
  return Buffer.from([header, ...lines].join('\n'), 'utf8');
}

describe('Embedded PostgreSQL default after a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sc-embedded-crash-'));
  const databaseDir = join(dataDir, 'pg');
  const serviceLog = join(dataDir, 'service.log');
  const started: ChildProcess[] = [];
  let env: NodeJS.ProcessEnv;
  let base: string;
  let t: TestApp;
  let contract: AwardedContract;
  let acknowledgedId: string;
  const tokens = new TokenService(new JwtService({ secret: JWT_SECRET }));

  /** Our own connection to the service's embedded database (password from the data folder). */
  async function connect(): Promise<Client> {
    const postmaster = readPostmasterPid(databaseDir);
    const client = new Client({
      host: '127.0.0.1', port: postmaster?.port, user: 'postgres', database: EMBEDDED_DATABASE_NAME,
      password: readFileSync(join(dataDir, 'pg-password'), 'utf8').trim(),
    });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  async function startService(): Promise<ChildProcess> {
    const log = openSync(serviceLog, 'a');
    const service = spawn(process.execPath, [...FROM_SOURCES, 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', log, log] });
    closeSync(log);
    started.push(service);
    for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
      if (service.exitCode !== null) throw new Error(`service exited (${service.exitCode}):\n${readFileSync(serviceLog, 'utf8')}`);
      if (await fetch(`${base}/api/health`).then((res) => res.ok, () => false)) return service;
      await sleep(100);
    }
    throw new Error(`service did not become healthy:\n${readFileSync(serviceLog, 'utf8')}`);
  }

  const exited = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve(child.exitCode)
      : new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  function cli(...args: string[]): Promise<{ code: number; output: string }> {
    return new Promise((done) => {
      execFile(process.execPath, [...FROM_SOURCES, 'src/cli.ts', ...args], { cwd: ROOT, env }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }));
    });
  }

  beforeAll(async () => {
    // As root the server runs as the postgres user, which must be able to enter the data folder.
    chmodSync(dataDir, 0o755);
    const [httpPort, pgPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${httpPort}`;
    env = {
      ...process.env, DATA_DIR: dataDir, PORT: String(httpPort), EMBEDDED_PG_PORT: String(pgPort), JWT_SECRET,
      LOG_LEVEL: 'log', RATE_LIMIT_PER_MINUTE: '1000000', SHUTDOWN_GRACE_MS: '0', OUTCOME_REFRESH_MINUTES: '0', RESULTS_TALLY_FOLD_SECONDS: '0',
    };
    delete env.DATABASE_URL;
  });

  afterAll(async () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // Whatever server is still running on the folder (a failed step may leave one orphaned).
    const postmaster = readPostmasterPid(databaseDir);
    if (postmaster && isPostgresServerOf(postmaster.pid, databaseDir)) await stopServer(postmaster.pid);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts the service, which acknowledges a placement report', async () => {
    await startService();
    const db = await connect();
    // The factories talk to this service over HTTP, and insert the published procurement directly.
    t = {
      http: request(base),
      token: (role: Role, supplierId?: string) => tokens.issue({ role, supplierId }),
      auth: (role: Role, supplierId?: string) => `Bearer ${tokens.issue({ role, supplierId })}`,
      dataSource: { query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows },
    } as unknown as TestApp;
    try {
      contract = await createAwardedContract(t, { clauses: [{ type: ClauseType.Placements, parameters: placementsParameters() }] });
    } finally {
      await db.end();
    }
    const res = await t.http.post(`/api/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, contract.supplierId)).send(placementInput({ reference: 'ACKNOWLEDGED-1' }));
    expect(res.status).toBe(201);
    acknowledgedId = res.body.id;
  }, 120_000);

  it('lets the CLI use the running service\'s server, and leaves it running for the service', async () => {
    const server = readPostmasterPid(databaseDir)?.pid;
    const refresh = await cli('refresh-outcomes');
    expect(refresh).toMatchObject({ code: 0, output: expect.stringContaining('Refreshed the clause outcomes') });
    expect(readPostmasterPid(databaseDir)?.pid).toBe(server);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  }, 60_000);

  it('after SIGKILL in the middle of a CSV upload, starts again with the acknowledged report and the upload whole or not at all', async () => {
    const service = started[started.length - 1];
    const orphan = readPostmasterPid(databaseDir)?.pid as number;
    const db = await connect();
    const upload = t.http.post(`/api/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}/placements/csv`)
      .set('Authorization', t.auth(Role.Supplier, contract.supplierId))
      .attach('file', placementsCsv(ROWS), 'placeringar.csv')
      .then((res) => res.status, () => 'connection lost');
    // Kill as soon as the upload's transaction has written (it has a transaction id), or when it is answered.
    let answered = false;
    void upload.then(() => (answered = true));
    let killedMidWrite = false;
    for (const deadline = Date.now() + 30_000; !answered && Date.now() < deadline;) {
      const writing = await db.query(
        `SELECT 1 FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_xid IS NOT NULL AND query ILIKE '%placement%'`,
      );
      if (writing.rowCount) {
        service.kill('SIGKILL');
        killedMidWrite = true;
        break;
      }
      await sleep(5);
    }
    if (!killedMidWrite) service.kill('SIGKILL');
    await exited(service);
    await db.end();
    const status = await upload;
    console.log(`SIGKILL ${killedMidWrite ? 'while the upload was writing' : 'after the upload was answered'} (upload: ${status})`);
    // The crash left PostgreSQL running with nobody to stop it: what used to make every start fail.
    expect(isPostgresServerOf(orphan, databaseDir)).toBe(true);

    await startService();
    expect(isRunning(orphan)).toBe(false);
    expect(readFileSync(serviceLog, 'utf8')).toContain(`after stopping the one (pid ${orphan})`);
    const acknowledged = await t.http.get(`/api/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}/placements/${acknowledgedId}`)
      .set('Authorization', t.auth(Role.Supplier, contract.supplierId));
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.reference).toBe('ACKNOWLEDGED-1');
    const check = await connect();
    const [{ count }] = (await check.query(`SELECT count(*)::int AS count FROM placement WHERE reference LIKE 'BULK-%'`)).rows;
    await check.end();
    expect(status === 201 ? [ROWS] : [0, ROWS]).toContain(count);
  }, 120_000);

  it('stops its server on SIGTERM, and starts past a lock file whose pid now belongs to another program', async () => {
    const service = started[started.length - 1];
    const server = readPostmasterPid(databaseDir)?.pid as number;
    service.kill('SIGTERM');
    expect(await exited(service)).toBe(0);
    expect(isRunning(server)).toBe(false);
    expect(existsSync(join(databaseDir, 'postmaster.pid'))).toBe(false);

    // As after a reboot: the lock file names a pid that is running, but is not PostgreSQL (this test
    // process). PostgreSQL alone refuses to start on it ("lock file already exists").
    writeFileSync(join(databaseDir, 'postmaster.pid'), `${process.pid}\n${databaseDir}\n1764600000\n${env.EMBEDDED_PG_PORT}\n/tmp\nlocalhost\n 0 0\nready   \n`);
    await startService();
    expect(readFileSync(serviceLog, 'utf8')).toContain(`after removing the lock file of a server (pid ${process.pid})`);
    expect(isRunning(process.pid)).toBe(true);
  }, 60_000);
});
