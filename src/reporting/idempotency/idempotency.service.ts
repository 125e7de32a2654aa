import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, principalOf } from '../../auth/role';
import { fingerprint } from '../../common/fingerprint';
import { IdempotencyContext } from './idempotency.decorator';
import { conflict, unprocessable } from '../../common/errors/coded-exception';
import '../report-errors.messages';

interface StoredResponse {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
}

export interface IdempotentResult {
  status: number;
  body: unknown;
  /** True when this is a stored first response returned again for a retry. */
  replayed: boolean;
}

/**
 * Runs a report-creating write at most once per (scope, route, Idempotency-Key): scope is the
 * supplier or the user (principalOf), route the route template with its canonical parameters
 * (idempotencyRoute). The key row is inserted first in the write's own transaction; a concurrent
 * duplicate blocks on the primary key until the first commits, then reads the stored response. If
 * the first fails, its key row rolls back with it and the retry runs the write itself.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(
    user: AuthUser,
    context: IdempotencyContext,
    request: unknown,
    write: (manager: EntityManager) => Promise<unknown>,
    status = 201,
  ): Promise<IdempotentResult> {
    return this.dataSource.transaction(async (manager) => {
      if (!context.key) return { status, body: await write(manager), replayed: false };
      const id = keyOf(user, context.route, context.key);
      const requestHash = fingerprint(request);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO idempotency_key (scope, route, key, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING key`,
        [...id, requestHash],
      );
      if (inserted.length === 0) return this.replayOf(await this.stored(manager, id), requestHash, context.key);
      const body = await write(manager);
      await manager.query(
        `UPDATE idempotency_key SET response_status = $4, response_body = $5 WHERE scope = $1 AND route = $2 AND key = $3`,
        [...id, status, JSON.stringify(body)],
      );
      return { status, body, replayed: false };
    });
  }

  /**
   * Like run, for a write that needs slow preparation (reading and validating a file): a stored
   * response is returned before preparing, and only `write` holds a transaction, so the pooled
   * connection is taken for the short write alone. `prepare` reads with single queries of its own;
   * `write` re-checks inside the transaction what may have changed meanwhile.
   */
  async runPrepared<Prepared>(
    user: AuthUser,
    context: IdempotencyContext,
    request: unknown,
    prepare: () => Promise<Prepared>,
    write: (manager: EntityManager, prepared: Prepared) => Promise<unknown>,
    status = 201,
  ): Promise<IdempotentResult> {
    if (context.key) {
      const id = keyOf(user, context.route, context.key);
      const stored = await this.stored(this.dataSource.manager, id);
      if (stored) return this.replayOf(stored, fingerprint(request), context.key);
    }
    const prepared = await prepare();
    return this.run(user, context, request, (manager) => write(manager, prepared), status);
  }

  private async stored(manager: EntityManager, id: string[]): Promise<StoredResponse | undefined> {
    const [row] = await manager.query(
      `SELECT request_hash, response_status, response_body FROM idempotency_key WHERE scope = $1 AND route = $2 AND key = $3`,
      id,
    );
    return row;
  }

  private replayOf(row: StoredResponse | undefined, requestHash: string, key: string): IdempotentResult {
    if (!row || row.response_status === null) throw conflict('IDEMPOTENCY_IN_PROGRESS', { key });
    if (row.request_hash !== requestHash) {
      throw unprocessable('IDEMPOTENCY_KEY_REUSED', { key });
    }
    return { status: row.response_status, body: row.response_body, replayed: true };
  }
}

/** The idempotency_key row's primary key: the principal, the route and the key. */
const keyOf = (user: AuthUser, route: string, key: string): string[] => [principalOf(user), route, key];
