import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clause version that went out in a published tender is the text the suppliers bid on: the
 * database itself refuses to change it, whatever code path tries. Changes make a new version.
 */
export class FreezePublishedClauseVersions1764450000000 implements MigrationInterface {
  name = 'FreezePublishedClauseVersions1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION clause_version_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'clause version % of clause % is published and cannot be changed', OLD.version, OLD.clause_id
          USING ERRCODE = 'check_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER clause_version_frozen BEFORE UPDATE ON clause_version
      FOR EACH ROW WHEN (OLD.published_at IS NOT NULL)
      EXECUTE FUNCTION clause_version_refuse_published_change()`);
    // The annex and follow-up read the latest published version of each clause.
    await queryRunner.query(
      `CREATE INDEX clause_version_published_idx ON clause_version (clause_id, version DESC) WHERE published_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX clause_version_published_idx`);
    await queryRunner.query(`DROP TRIGGER clause_version_frozen ON clause_version`);
    await queryRunner.query(`DROP FUNCTION clause_version_refuse_published_change()`);
  }
}
