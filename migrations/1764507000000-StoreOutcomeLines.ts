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
    // The follow-up list: outcomes of some statuses, most severe first.
    await queryRunner.query(`DROP INDEX clause_outcome_status_idx`);
    await queryRunner.query(`CREATE INDEX clause_outcome_status_idx ON clause_outcome (status, contract_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX clause_outcome_status_idx`);
    await queryRunner.query(`CREATE INDEX clause_outcome_status_idx ON clause_outcome (status)`);
    await queryRunner.query(`ALTER TABLE clause_outcome DROP COLUMN lines`);
  }
}
