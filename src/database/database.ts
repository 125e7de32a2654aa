import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  url: string;
  /** For the start-up log: which server, and what was found. */
  description: string;
  stop(): Promise<void>;
}

/** The configured PostgreSQL server, or the embedded one when DATABASE_URL is not set. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, description: 'Using DATABASE_URL', stop: async () => undefined };
  return startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
}
