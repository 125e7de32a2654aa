import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contracting units (upphandlande enheter) a procurement names, each with the contact that
 * supports its suppliers in finding candidates and, optionally, its letterhead image for the
 * documents the service renders. A unit is found by its name whatever the letter case, so the name
 * is unique case-insensitively.
 */
export class CreateContractingUnits1764514500000 implements MigrationInterface {
  name = 'CreateContractingUnits1764514500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contracting_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        support_unit varchar(200) NOT NULL,
        support_person varchar(200),
        support_email varchar(254),
        support_phone varchar(40),
        letterhead bytea,
        letterhead_type varchar(20) CHECK (letterhead_type IN ('image/png', 'image/jpeg')),
        letterhead_width int CHECK (letterhead_width > 0),
        letterhead_height int CHECK (letterhead_height > 0),
        letterhead_updated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contracting_unit_letterhead_complete CHECK (
          (letterhead IS NULL) = (letterhead_type IS NULL)
          AND (letterhead IS NULL) = (letterhead_width IS NULL)
          AND (letterhead IS NULL) = (letterhead_height IS NULL)
          AND (letterhead IS NULL) = (letterhead_updated_at IS NULL)
        ),
        CONSTRAINT contracting_unit_letterhead_size CHECK (octet_length(letterhead) <= 524288)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX contracting_unit_name_key ON contracting_unit (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE contracting_unit`);
  }
}
