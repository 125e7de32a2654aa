import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence quota per supplier sums the sizes of the supplier's files on every upload; with the
 * size in the index that is an index-only scan instead of a scan of the table that holds the files.
 */
export class IndexEvidenceBySupplier1764512000000 implements MigrationInterface {
  name = 'IndexEvidenceBySupplier1764512000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX evidence_file_supplier_idx ON evidence_file (supplier_id) INCLUDE (size_bytes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX evidence_file_supplier_idx`);
  }
}
