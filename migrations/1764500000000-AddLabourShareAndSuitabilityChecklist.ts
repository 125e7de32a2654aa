import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Screening closer to practice:
 * - `procurement.labour_cost_percent`: the share of the contract value that is labour cost, on
 *   which the suggested placements volume is counted; NULL means the default for the kind.
 * - the national agency's (Upphandlingsmyndigheten) suitability checklist on each screening
 *   decision: a political mandate, a named matching contact at the city, a regional network.
 *   Decisions recorded before the checklist existed keep NULL: not recorded, which is neither yes nor no.
 */
export class AddLabourShareAndSuitabilityChecklist1764500000000 implements MigrationInterface {
  name = 'AddLabourShareAndSuitabilityChecklist1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE procurement
        ADD COLUMN labour_cost_percent int CHECK (labour_cost_percent BETWEEN 1 AND 100)`);
    await queryRunner.query(`
      ALTER TABLE screening_decision
        ADD COLUMN political_mandate boolean,
        ADD COLUMN matching_contact boolean,
        ADD COLUMN regional_network boolean`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE screening_decision
        DROP COLUMN regional_network,
        DROP COLUMN matching_contact,
        DROP COLUMN political_mandate`);
    await queryRunner.query(`ALTER TABLE procurement DROP COLUMN labour_cost_percent`);
  }
}
