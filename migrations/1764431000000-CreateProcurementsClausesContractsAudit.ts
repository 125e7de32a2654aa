import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProcurementsClausesContractsAudit1764431000000 implements MigrationInterface {
  name = 'CreateProcurementsClausesContractsAudit1764431000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE procurement_kind AS ENUM ('SERVICES', 'WORKS', 'GOODS')`);
    await queryRunner.query(`CREATE TYPE labour_intensity AS ENUM ('LOW', 'MEDIUM', 'HIGH')`);
    await queryRunner.query(
      `CREATE TYPE procurement_status AS ENUM ('DRAFT', 'PUBLISHED', 'AWARDED', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(`CREATE TYPE clause_type AS ENUM ('DIALOGUE', 'PLACEMENTS', 'INTEGRATION_INITIATIVE')`);
    await queryRunner.query(`
      CREATE TABLE procurement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference_number varchar(40) NOT NULL,
        title varchar(300) NOT NULL,
        description text NOT NULL DEFAULT '',
        contracting_unit varchar(200) NOT NULL,
        kind procurement_kind NOT NULL,
        estimated_value_sek bigint NOT NULL CHECK (estimated_value_sek >= 0),
        duration_months int NOT NULL CHECK (duration_months > 0),
        labour_intensity labour_intensity NOT NULL,
        framework_agreement boolean NOT NULL DEFAULT false,
        cpv_code varchar(12),
        penalty_sek bigint CHECK (penalty_sek >= 0),
        status procurement_status NOT NULL DEFAULT 'DRAFT',
        published_at timestamptz,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT procurement_reference_number_unique UNIQUE (reference_number)
      )`);
    await queryRunner.query(`CREATE INDEX procurement_status_idx ON procurement (status)`);
    await queryRunner.query(`CREATE INDEX procurement_unit_idx ON procurement (contracting_unit)`);
    await queryRunner.query(`CREATE INDEX procurement_published_at_idx ON procurement (published_at)`);

    await queryRunner.query(`
      CREATE TABLE screening_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
        screening jsonb NOT NULL,
        clauses_set boolean NOT NULL,
        motivation text NOT NULL,
        decided_by varchar(200) NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX screening_decision_procurement_idx ON screening_decision (procurement_id, decided_at)`);

    await queryRunner.query(`
      CREATE TABLE clause (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurement(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        type clause_type NOT NULL,
        current_version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT clause_number_unique UNIQUE (procurement_id, number)
      )`);
    await queryRunner.query(`CREATE INDEX clause_type_idx ON clause (type, procurement_id)`);

    await queryRunner.query(`
      CREATE TABLE clause_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        clause_id uuid NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version > 0),
        title varchar(300) NOT NULL,
        target_groups text[] NOT NULL,
        parameters jsonb NOT NULL,
        reporting_interval_months int NOT NULL DEFAULT 3 CHECK (reporting_interval_months BETWEEN 1 AND 12),
        change_reason text,
        published_at timestamptz,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT clause_version_unique UNIQUE (clause_id, version)
      )`);

    await queryRunner.query(`
      CREATE TABLE contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procurement_id uuid NOT NULL REFERENCES procurement(id),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        start_date date NOT NULL,
        end_date date NOT NULL,
        awarded_by varchar(200) NOT NULL,
        awarded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contract_procurement_unique UNIQUE (procurement_id),
        CONSTRAINT contract_dates_check CHECK (end_date > start_date)
      )`);
    await queryRunner.query(`CREATE INDEX contract_supplier_idx ON contract (supplier_id)`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_sub varchar(200) NOT NULL,
        actor_role varchar(20) NOT NULL,
        entity_type varchar(50) NOT NULL,
        entity_id uuid NOT NULL,
        action varchar(50) NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP TABLE contract`);
    await queryRunner.query(`DROP TABLE clause_version`);
    await queryRunner.query(`DROP TABLE clause`);
    await queryRunner.query(`DROP TABLE screening_decision`);
    await queryRunner.query(`DROP TABLE procurement`);
    await queryRunner.query(`DROP TYPE clause_type`);
    await queryRunner.query(`DROP TYPE procurement_status`);
    await queryRunner.query(`DROP TYPE labour_intensity`);
    await queryRunner.query(`DROP TYPE procurement_kind`);
  }
}
