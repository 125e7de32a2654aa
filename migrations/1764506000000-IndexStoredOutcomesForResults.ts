import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A procurement's clauses by an index-only scan, for the measures and clause figures of the
 * procurements published in a period (each clause then looks up its clause_outcome row).
 */
export class IndexStoredOutcomesForResults1764506000000 implements MigrationInterface {
  name = 'IndexStoredOutcomesForResults1764506000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX clause_results_procurement_idx ON clause (procurement_id) INCLUDE (id, type)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX clause_results_procurement_idx`);
  }
}
