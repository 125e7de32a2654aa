import { DataSource, Migration, MigrationExecutor } from 'typeorm';

/** Arbitrary constant naming this service's migration lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK_KEY = 741_852_963;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that several instances
 * starting together apply each migration once: the others wait, then find nothing pending. They
 * run on the lock's own connection with no statement_timeout: the service's limit is for requests,
 * and a migration over a large table may rightly take longer.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<Migration[]> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SET statement_timeout = 0');
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(dataSource, lockHolder);
    executor.transaction = dataSource.options.migrationsTransactionMode ?? 'all';
    return await executor.executePendingMigrations();
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.query('RESET statement_timeout').catch(() => undefined);
    await lockHolder.release();
  }
}
