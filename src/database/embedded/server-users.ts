import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'fs';
import { join } from 'path';
import { setTimeout as sleep } from 'timers/promises';
import { formatIdentity, identityOf, isStillRunning, parseIdentity, ProcessIdentity } from './processes';

/**
 * Which of our processes use the embedded server of one data folder. Each process that opens it
 * (the service, every CLI command) writes `<dataDir>/embedded-pg-users/<pid>` holding its identity
 * (pid and start time) and removes it when done; the last one to leave stops the server, whoever
 * started it — so a CLI command that started the server does not stop it under a service that
 * joined later. An entry whose process is gone (kill -9, out of memory) no longer counts: a server
 * with no running user left is an orphan, which the next start stops and starts afresh.
 *
 * Joining, starting and leaving happen under `<dataDir>/embedded-pg.lock` (created exclusively,
 * holding the holder's identity; a lock whose holder is gone is taken over), so a process cannot
 * join a server in the moment the last user stops it.
 */
export class EmbeddedServerUsers {
  private readonly folder: string;
  private readonly lockFile: string;
  private readonly me = identityOf(process.pid);

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'embedded-pg-users');
    this.lockFile = join(dataDir, 'embedded-pg.lock');
  }

  async withLock<T>(work: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      try {
        const fd = openSync(this.lockFile, 'wx', 0o600);
        writeSync(fd, formatIdentity(this.me));
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = this.readIdentity(this.lockFile);
      // A holder that died no longer holds it; nor does a lock file left empty by one (a fresh
      // empty one is being written).
      if (holder ? !isStillRunning(holder) : this.ageMs(this.lockFile) > 2000) {
        rmSync(this.lockFile, { force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(`Process ${holder?.pid ?? '?'} has held ${this.lockFile} for over ${timeoutMs / 1000} s while starting or stopping the embedded PostgreSQL`);
      }
      await sleep(50);
    }
    try {
      return await work();
    } finally {
      rmSync(this.lockFile, { force: true });
    }
  }

  register(): void {
    mkdirSync(this.folder, { recursive: true });
    const fd = openSync(join(this.folder, String(this.me.pid)), 'w', 0o600);
    writeSync(fd, formatIdentity(this.me));
    closeSync(fd);
  }

  unregister(): void {
    rmSync(join(this.folder, String(this.me.pid)), { force: true });
  }

  /** Other processes registered and still running; entries of processes that are gone are removed. */
  othersRunning(): ProcessIdentity[] {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return [];
    }
    const running: ProcessIdentity[] = [];
    for (const name of names) {
      const file = join(this.folder, name);
      const user = this.readIdentity(file);
      if (user && user.pid === this.me.pid) continue;
      if (user && isStillRunning(user)) running.push(user);
      else rmSync(file, { force: true });
    }
    return running;
  }

  private ageMs(file: string): number {
    try {
      return Date.now() - statSync(file).mtimeMs;
    } catch {
      return Infinity;
    }
  }

  private readIdentity(file: string): ProcessIdentity | undefined {
    try {
      return parseIdentity(readFileSync(file, 'utf8'));
    } catch {
      return undefined;
    }
  }
}
