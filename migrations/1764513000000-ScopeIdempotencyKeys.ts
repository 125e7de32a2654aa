import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys belong to a scope (the supplier, or the user within a role) instead of a token
 * subject, and their route is the route template with canonical parameters instead of the raw path.
 * Rows stored before keep their old values: no new request computes them (a scope starts with
 * `supplier:` or `<role>:`, a route names a template), so they are never replayed again; a retry
 * that spans the upgrade runs its write once more.
 */
export class ScopeIdempotencyKeys1764513000000 implements MigrationInterface {
  name = 'ScopeIdempotencyKeys1764513000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE idempotency_key RENAME COLUMN subject TO scope`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE idempotency_key RENAME COLUMN scope TO subject`);
  }
}
