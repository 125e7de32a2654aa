import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A placements clause's stored outcome keeps its lines' figures too (delivered and committed
 * full-time months, placements started, pace), so the follow-up list of clauses at risk reads them
 * as stored instead of judging every contract again.
 */
export class StoreOutcomeLines1764507000000 implements MigrationInterface {
  name = 'StoreOutcomeLines1764507000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE clause_outcome ADD COLUMN lines jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE clause_outcome DROP COLUMN lines`);
  }
}
