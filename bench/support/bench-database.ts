import { readFileSync } from 'fs';
import { Client } from 'pg';

/** The PostgreSQL server the benches use: DATABASE_URL, or the machine's server on 127.0.0.1:5432. */
export const BENCH_SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of another database on the bench server. */
export function urlFor(database: string): string {
  const url = new URL(BENCH_SERVER);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement in the server's maintenance database (CREATE/DROP DATABASE). */
export async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A process's resident memory in MB; 0 once it has ended. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The environment of a service under bench: its own database on the bench server, a random port
 * from `portBase` (benches may run side by side), a fixed signing secret and no effective rate limit.
 */
export function benchServiceEnv(database: string, portBase: number, overrides: Record<string, string> = {}): { port: number; env: NodeJS.ProcessEnv } {
  const port = portBase + Math.floor(Math.random() * 1000);
  return {
    port,
    env: {
      ...process.env,
      DATABASE_URL: urlFor(database),
      PORT: String(port),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret!!',
      RATE_LIMIT_PER_MINUTE: '100000000',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      ...overrides,
    },
  };
}
