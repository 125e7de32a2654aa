import { chmodSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { databaseUrl, templateName, withAdminClient } from './test-database';

/**
 * Uses the PostgreSQL server in DATABASE_URL or, without it, starts an embedded one in a temporary
 * folder. Creates one migrated template database; each test file clones it into its own database.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'social-clauses-test-'));
    chmodSync(dataDir, 0o755);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const embedded = await startEmbeddedPostgres(dataDir, port);
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = embedded;
    (globalThis as Record<string, unknown>).__EMBEDDED_PG_DIR__ = dataDir;
    serverUrl = embedded.url;
  }
  const template = templateName(runId);
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(serverUrl, template), 2));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  // Test workers are started after this and inherit these variables.
  process.env.TEST_SERVER_URL = serverUrl;
  process.env.TEST_RUN_ID = runId;
}
