/**
 * PostgreSQL's lock file `<cluster>/postmaster.pid` (PostgreSQL docs, "Database File Layout"):
 * line 1 the server's pid, 2 the cluster folder, 3 start time, 4 port, 5 socket folder,
 * 6 listen address, 7 shared memory key, 8 status (`starting`, `stopping`, `ready`, `standby`).
 */
export interface PostmasterPid {
  pid: number;
  databaseDir: string;
  port?: number;
  status?: string;
}

export function parsePostmasterPid(text: string): PostmasterPid | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  if (!/^\d+$/.test(lines[0] ?? '')) return undefined;
  const port = Number(lines[3]);
  return {
    pid: Number(lines[0]),
    databaseDir: lines[1] ?? '',
    port: Number.isInteger(port) && port > 0 ? port : undefined,
    status: lines[7] || undefined,
  };
}

/** What a process that needs the embedded server does, from what it finds in the data folder. */
export type EmbeddedStart =
  /** No server: start one. */
  | { action: 'start' }
  /** The lock file names no running server of this cluster (PostgreSQL would refuse to start if its pid was reused): remove it, then start. */
  | { action: 'remove-stale-lock-file'; pid: number }
  /** Another live process of ours uses the running server: share it, and leave it running. */
  | { action: 'join'; pid: number }
  /** A server nobody uses any more, left by a process that died (kill -9, out of memory): stop it, then start. */
  | { action: 'stop-orphan'; pid: number };

export interface EmbeddedFolderState {
  /** The cluster's lock file, when present and readable. */
  postmaster?: PostmasterPid;
  /** The pid in the lock file is a running PostgreSQL server of this cluster folder. */
  serverRunning: boolean;
  /** Other processes of ours, still running, that registered as using the server. */
  liveUsers: number;
}

export function decideEmbeddedStart(state: EmbeddedFolderState): EmbeddedStart {
  const { postmaster } = state;
  if (!postmaster) return { action: 'start' };
  if (!state.serverRunning) return { action: 'remove-stale-lock-file', pid: postmaster.pid };
  if (state.liveUsers > 0) return { action: 'join', pid: postmaster.pid };
  return { action: 'stop-orphan', pid: postmaster.pid };
}
