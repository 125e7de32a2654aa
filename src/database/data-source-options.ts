import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';

/** Limits the service puts on its connections; the CLI, the benches and the tests' setup run without. */
export interface ConnectionLimits {
  /** How long a query waits for a free pooled connection before failing (answered 503). */
  poolWaitMs?: number;
  /** PostgreSQL's statement_timeout on every pooled connection (0: none). */
  statementTimeoutMs?: number;
}

/** Connection options shared by the service, the CLI and the tests. Schema changes only by migration. */
export function dataSourceOptions(url: string, poolSize = 10, limits: ConnectionLimits = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations,
    migrationsTransactionMode: 'each',
    // pg sends statement_timeout as a startup parameter of each connection: no extra round trip.
    extra: { max: poolSize, connectionTimeoutMillis: limits.poolWaitMs ?? 5000, statement_timeout: limits.statementTimeoutMs || undefined },
  };
}
