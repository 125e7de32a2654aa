import { decideEmbeddedStart, parsePostmasterPid } from './postmaster-pid';

const LOCK_FILE = '4242\n/var/lib/social-clauses/pg\n1764600000\n54329\n/tmp\nlocalhost\n  1234567    98304\nready   \n';

describe('postmaster.pid', () => {
  it('gives the pid, cluster folder, port and status', () => {
    expect(parsePostmasterPid(LOCK_FILE)).toEqual({ pid: 4242, databaseDir: '/var/lib/social-clauses/pg', port: 54329, status: 'ready' });
  });

  it('has no port or status while PostgreSQL is still writing it', () => {
    expect(parsePostmasterPid('4242\n/var/lib/social-clauses/pg\n')).toEqual({
      pid: 4242, databaseDir: '/var/lib/social-clauses/pg', port: undefined, status: undefined,
    });
  });

  it('is unreadable when empty or garbled', () => {
    expect(parsePostmasterPid('')).toBeUndefined();
    expect(parsePostmasterPid('not a pid\n')).toBeUndefined();
  });
});

describe('starting on a data folder', () => {
  const postmaster = parsePostmasterPid(LOCK_FILE);

  it('starts a server when there is no lock file', () => {
    expect(decideEmbeddedStart({ serverRunning: false, liveUsers: 0 })).toEqual({ action: 'start' });
  });

  it('removes a lock file whose pid is not a running server of this cluster (dead, or reused by another program)', () => {
    expect(decideEmbeddedStart({ postmaster, serverRunning: false, liveUsers: 1 })).toEqual({ action: 'remove-stale-lock-file', pid: 4242 });
  });

  it('joins the running server while another process of ours uses it (the CLI while the service runs)', () => {
    expect(decideEmbeddedStart({ postmaster, serverRunning: true, liveUsers: 1 })).toEqual({ action: 'join', pid: 4242 });
  });

  it('stops a running server nobody uses any more (its process was killed), then starts', () => {
    expect(decideEmbeddedStart({ postmaster, serverRunning: true, liveUsers: 0 })).toEqual({ action: 'stop-orphan', pid: 4242 });
  });
});
