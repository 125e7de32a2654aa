import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract-grade clause texts (issue 14):
 * - `procurement.buyer_name`: the party the clause texts call "Beställaren" — the city itself or a
 *   city company — instead of a hard-coded "staden". Existing procurements were the city's own.
 * - `procurement.penalty_sek` goes: one flat amount said nothing of per what, per clause or in total.
 *   Penalty terms now live in each clause's parameters (per missing unit, capped); a version without
 *   them handles a breach under the contract's general terms. Down restores the column empty.
 */
export class NameTheBuyerAndDropTheFlatPenalty1764514000000 implements MigrationInterface {
  name = 'NameTheBuyerAndDropTheFlatPenalty1764514000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE procurement
        ADD COLUMN buyer_name varchar(200) NOT NULL DEFAULT 'Stockholms stad' CHECK (btrim(buyer_name) <> ''),
        DROP COLUMN penalty_sek`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE procurement
        ADD COLUMN penalty_sek bigint CHECK (penalty_sek >= 0),
        DROP COLUMN buyer_name`);
  }
}
