import { MigrationInterface, QueryRunner } from 'typeorm';

const PERSON_KEY = 'year_total, month, unit, gender, age_band, establishment_programme, verification_status';
const SUPPLIER_KEY = 'year_total, month, unit, supplier_id, gender, verification_status';

/**
 * What the results read of the stored outcomes, by index-only scans on a national data set:
 * - the tally keys cover `counting` too (StoreRuleOutcomes added the column, so a year's tally rows
 *   were read from the table again);
 * - a procurement's clauses and its contract, for the clause figures of the procurements published
 *   in a period (each then looks up its clause_outcome row by its primary key).
 */
export class IndexStoredOutcomesForResults1764506000000 implements MigrationInterface {
  name = 'IndexStoredOutcomesForResults1764506000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.tallyKeys(queryRunner, 'offered, filled, counting, full_time_months');
    await queryRunner.query(`CREATE INDEX clause_results_procurement_idx ON clause (procurement_id) INCLUDE (id, type)`);
    await queryRunner.query(`CREATE INDEX contract_results_procurement_idx ON contract (procurement_id) INCLUDE (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX contract_results_procurement_idx`);
    await queryRunner.query(`DROP INDEX clause_results_procurement_idx`);
    await this.tallyKeys(queryRunner, 'offered, filled, full_time_months');
  }

  private async tallyKeys(queryRunner: QueryRunner, included: string): Promise<void> {
    for (const [table, key] of [['placement_tally_by_person', PERSON_KEY], ['placement_tally_by_supplier', SUPPLIER_KEY]]) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD PRIMARY KEY (${key}) INCLUDE (${included})`);
    }
  }
}
