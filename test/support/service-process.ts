import { ChildProcess, spawn } from 'child_process';
import { createServer } from 'net';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');

export interface ServiceProcess {
  baseUrl: string;
  /** What the service wrote to stdout and stderr (JSON log lines). */
  output(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * The service as `npm start` runs it, from its TypeScript sources (transpiled on load), in a child
 * process: what the test runner's module system cannot load (ESM-only openid-client) loads there as
 * in production. Resolves once /api/health answers.
 */
export async function startServiceProcess(port: number, env: Record<string, string>): Promise<ServiceProcess> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['-r', join(ROOT, 'test/support/transpile-on-require.js'), 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', RESULTS_TALLY_FOLD_SECONDS: '0', OUTCOME_REFRESH_MINUTES: '0', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`The service exited (${child.exitCode}):\n${output}`);
    if (await fetch(`${baseUrl}/api/health`).then((res) => res.ok, () => false)) return { baseUrl, output: () => output, stop };
    await new Promise((done) => setTimeout(done, 100));
  }
  await stop();
  throw new Error(`The service did not become healthy:\n${output}`);
}
