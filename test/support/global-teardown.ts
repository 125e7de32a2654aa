import { rmSync } from 'fs';
import { EmbeddedDatabase } from '../../src/database/embedded-postgres';
import { dropDatabase, templateName } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TEST_SERVER_URL;
  const runId = process.env.TEST_RUN_ID;
  if (serverUrl && runId) await dropDatabase(serverUrl, templateName(runId));
  const embedded = (globalThis as Record<string, unknown>).__EMBEDDED_PG__ as EmbeddedDatabase | undefined;
  await embedded?.stop();
  // The embedded test cluster lives only for this run: leave no folder behind in the temporary directory.
  const dataDir = (globalThis as Record<string, unknown>).__EMBEDDED_PG_DIR__ as string | undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
