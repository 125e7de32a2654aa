import { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';

/** Connection options shared by the service, the CLI and the tests. Schema changes only by migration. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations,
    migrationsTransactionMode: 'each',
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}
