import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSuppliers1764430000000 implements MigrationInterface {
  name = 'CreateSuppliers1764430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE supplier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        org_number char(11) NOT NULL,
        contact_email varchar(254) NOT NULL,
        street_address varchar(200),
        postal_code varchar(10),
        city varchar(100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT supplier_org_number_unique UNIQUE (org_number)
      )`);
    await queryRunner.query(`CREATE INDEX supplier_name_lower_idx ON supplier (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE supplier`);
  }
}
