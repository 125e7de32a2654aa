import type { Pool, PoolClient } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a named (prepared) statement through pg itself, for the statements every request runs: the
 * server parses and plans it once per connection instead of on every call (it shares two cores
 * with the service), and TypeORM's per-query runner (acquire, wrap, release) is skipped. With a
 * transaction's manager it runs on that transaction's connection. Errors become TypeORM's
 * QueryFailedError, as from manager.query, so ApiErrorFilter answers them the same way.
 */
export async function preparedQuery<Row>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<Row[]> {
  const runner = manager.queryRunner;
  const target: Pool | PoolClient = runner ? await runner.connect() : (manager.connection.driver as PostgresDriver).master;
  try {
    return (await target.query({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
