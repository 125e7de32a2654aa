import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published clause version stays frozen, except for the one change the law requires: removing a
 * personal identity number that should never have been stored. `npm run cli -- personal-data redact`
 * sets `social_clauses.redacting_personal_data` for its own transaction only (set_config(…, true))
 * and writes an audit row per redacted text; no other code path sets it.
 */
export class LetPersonalDataRedactionThroughFrozenClauseVersions1764510000000 implements MigrationInterface {
  name = 'LetPersonalDataRedactionThroughFrozenClauseVersions1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION clause_version_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('social_clauses.redacting_personal_data', true) = 'on' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'clause version % of clause % is published and cannot be changed', OLD.version, OLD.clause_id
          USING ERRCODE = 'check_violation';
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION clause_version_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'clause version % of clause % is published and cannot be changed', OLD.version, OLD.clause_id
          USING ERRCODE = 'check_violation';
      END
      $$`);
  }
}
