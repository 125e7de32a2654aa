import { readFileSync, realpathSync } from 'fs';
import { basename, resolve } from 'path';

/**
 * A process told apart from a later one that reuses its pid: the pid plus its start time
 * (`/proc/<pid>/stat` field 22, clock ticks since boot). Without /proc the start time is unknown
 * and the pid alone is compared.
 */
export interface ProcessIdentity {
  pid: number;
  startTime?: string;
}

function procStat(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command name) is in parentheses and may contain spaces; field 3 follows it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

export function identityOf(pid: number): ProcessIdentity {
  return { pid, startTime: procStat(pid)?.[19] };
}

export const formatIdentity = (identity: ProcessIdentity) => `${identity.pid} ${identity.startTime ?? ''}`.trim();

export function parseIdentity(text: string): ProcessIdentity | undefined {
  const [pid, startTime] = text.trim().split(/\s+/);
  return /^\d+$/.test(pid ?? '') ? { pid: Number(pid), startTime: startTime || undefined } : undefined;
}

/** Running (a zombie has finished: it only waits for its parent to collect the exit status). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (the postgres user, seen from a non-root CLI).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.[0] !== 'Z';
}

/** The same process is still running: same pid and, where known, the same start time. */
export function isStillRunning(identity: ProcessIdentity): boolean {
  if (!isRunning(identity.pid)) return false;
  if (identity.startTime === undefined) return true;
  const now = identityOf(identity.pid).startTime;
  return now === undefined || now === identity.startTime;
}

const canonical = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * The process is a PostgreSQL server (postmaster) of this cluster folder: its command line is
 * `postgres … -D <folder> …`. Where /proc is missing, trust a running pid as PostgreSQL itself does.
 */
export function isPostgresServerOf(pid: number, databaseDir: string): boolean {
  if (!isRunning(pid)) return false;
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return !existsProc();
  }
  const folder = args[args.indexOf('-D') + 1];
  return basename(args[0] ?? '') === 'postgres' && args.includes('-D') && folder !== undefined && canonical(folder) === canonical(databaseDir);
}

function existsProc(): boolean {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
}
