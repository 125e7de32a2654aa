import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A placements clause's stored outcome keeps what its placements add up to on the day it was judged
 * (src/reporting/placements-summary.ts) and a fingerprint of the terms it was judged under (clause
 * parameters, target groups, contract dates, rule version). A new report on the same day under the
 * same terms is then judged from that summary plus the report itself, in the report's transaction,
 * without reading the clause's other reports. Rows without a summary are judged in full on their
 * next change or by the daily refresh, as before.
 */
export class StorePlacementsSummary1764522000000 implements MigrationInterface {
  name = 'StorePlacementsSummary1764522000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE clause_outcome ADD COLUMN placements_summary jsonb, ADD COLUMN summary_terms text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE clause_outcome DROP COLUMN placements_summary, DROP COLUMN summary_terms`);
  }
}
