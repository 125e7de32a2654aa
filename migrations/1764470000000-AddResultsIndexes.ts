import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the pact results (src/results/results.queries.ts), so a year of a national
 * data set is read by index-only scans instead of visiting the placement rows:
 * - placements offered in a period, and filled (started) in a period, with the columns every split needs;
 * - the counted placements of one clause, for clause fulfilment;
 * - clause versions by early-ending credit, to find the few that differ from the model's 75 %
 *   (an expression index also gives the planner statistics on the expression);
 * - contracts by end date, for the annual report's clauses not fulfilled.
 */
export class AddResultsIndexes1764470000000 implements MigrationInterface {
  name = 'AddResultsIndexes1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX placement_results_offered_idx ON placement (offered_date)
        INCLUDE (contract_id, supplier_id, gender, age_band, establishment_programme, verification_status)`);
    await queryRunner.query(`
      CREATE INDEX placement_results_filled_idx ON placement (start_date)
        INCLUDE (contract_id, clause_id, supplier_id, gender, age_band, establishment_programme, verification_status,
          end_date, early_end_date, working_time_percent)
        WHERE filled`);
    await queryRunner.query(`
      CREATE INDEX placement_results_clause_idx ON placement (clause_id)
        INCLUDE (filled, verification_status, start_date, end_date, early_end_date, working_time_percent)`);
    await queryRunner.query(`
      CREATE INDEX clause_version_credit_idx ON clause_version ((parameters ->> 'earlyEndingCreditPercent'))`);
    await queryRunner.query(`CREATE INDEX contract_end_date_idx ON contract (end_date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX contract_end_date_idx`);
    await queryRunner.query(`DROP INDEX clause_version_credit_idx`);
    await queryRunner.query(`DROP INDEX placement_results_clause_idx`);
    await queryRunner.query(`DROP INDEX placement_results_filled_idx`);
    await queryRunner.query(`DROP INDEX placement_results_offered_idx`);
  }
}
