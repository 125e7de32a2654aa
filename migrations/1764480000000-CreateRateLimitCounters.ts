import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRateLimitCounters1764480000000 implements MigrationInterface {
  name = 'CreateRateLimitCounters1764480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Unlogged: counters are worth nothing after a crash and need no WAL on every request.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_counter (
        key varchar(200) PRIMARY KEY,
        hits int NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_counter`);
  }
}
