import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract follow-up: the reporting schedule opened at award, the supplier's reports (placements,
 * dialogue meetings, initiative progress), evidence files, recovery plans and idempotency keys.
 * Every report carries its own verification by the pact office.
 */
export class CreateFollowUpReports1764460000000 implements MigrationInterface {
  name = 'CreateFollowUpReports1764460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE placement_gender AS ENUM ('WOMAN', 'MAN', 'OTHER', 'NOT_STATED')`);
    await queryRunner.query(`CREATE TYPE placement_age_band AS ENUM ('16-19', '20-24', '25-29', '30-49', '50+')`);
    await queryRunner.query(`CREATE TYPE verification_status AS ENUM ('PENDING', 'ACCEPTED', 'QUESTIONED')`);

    // One row per clause and reporting period of a contract, generated at award.
    await queryRunner.query(`
      CREATE TABLE reporting_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        clause_id uuid NOT NULL REFERENCES clause(id),
        number int NOT NULL CHECK (number > 0),
        period_start date NOT NULL,
        period_end date NOT NULL,
        due_date date NOT NULL,
        submitted_at timestamptz,
        submitted_by varchar(200),
        comment text,
        CONSTRAINT reporting_period_unique UNIQUE (contract_id, clause_id, number),
        CONSTRAINT reporting_period_dates_check CHECK (period_end >= period_start AND due_date >= period_end)
      )`);
    await queryRunner.query(
      `CREATE INDEX reporting_period_overdue_idx ON reporting_period (due_date) WHERE submitted_at IS NULL`,
    );

    const verification = `
        verification_status verification_status NOT NULL DEFAULT 'PENDING',
        verification_reason text,
        verified_by varchar(200),
        verified_at timestamptz,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT %s_questioned_reason_check CHECK (verification_status <> 'QUESTIONED' OR verification_reason IS NOT NULL)`;

    await queryRunner.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        contract_id uuid NOT NULL REFERENCES contract(id),
        clause_id uuid NOT NULL REFERENCES clause(id),
        reference varchar(60) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('EMPLOYMENT', 'INTERNSHIP', 'APL', 'EXTRA_JOB', 'SUMMER_JOB')),
        offered_date date NOT NULL,
        filled boolean NOT NULL,
        start_date date,
        end_date date,
        early_end_date date,
        working_time_percent int NOT NULL CHECK (working_time_percent BETWEEN 1 AND 100),
        target_group varchar(30) NOT NULL CHECK (target_group IN
          ('NEWCOMER', 'LONG_TERM_UNEMPLOYED', 'SHORT_EDUCATION', 'DISABILITY', 'YOUTH', 'FOREIGN_BORN_WOMEN')),
        gender placement_gender NOT NULL,
        age_band placement_age_band NOT NULL,
        establishment_programme boolean NOT NULL,
        ${verification.replace('%s', 'placement')},
        CONSTRAINT placement_reference_unique UNIQUE (supplier_id, reference),
        CONSTRAINT placement_filled_dates_check CHECK (NOT filled OR (start_date IS NOT NULL AND end_date IS NOT NULL)),
        CONSTRAINT placement_dates_check CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CONSTRAINT placement_early_end_check CHECK (early_end_date IS NULL OR
          (start_date IS NOT NULL AND early_end_date >= start_date AND early_end_date < end_date))
      )`);
    await queryRunner.query(`CREATE INDEX placement_contract_clause_idx ON placement (contract_id, clause_id)`);
    await queryRunner.query(`CREATE INDEX placement_clause_idx ON placement (clause_id)`);
    await queryRunner.query(`CREATE INDEX placement_offered_idx ON placement (offered_date)`);
    await queryRunner.query(`CREATE INDEX placement_start_idx ON placement (start_date) WHERE filled`);
    await queryRunner.query(
      `CREATE INDEX placement_questioned_idx ON placement (supplier_id) WHERE verification_status = 'QUESTIONED'`,
    );

    await queryRunner.query(`
      CREATE TABLE dialogue_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        contract_id uuid NOT NULL REFERENCES contract(id),
        clause_id uuid NOT NULL REFERENCES clause(id),
        meeting_kind varchar(20) NOT NULL CHECK (meeting_kind IN ('FIRST', 'FOLLOW_UP')),
        held_on date NOT NULL,
        participants text NOT NULL,
        outcome text NOT NULL,
        ${verification.replace('%s', 'dialogue_meeting')}
      )`);
    await queryRunner.query(`CREATE INDEX dialogue_meeting_contract_clause_idx ON dialogue_meeting (contract_id, clause_id)`);
    await queryRunner.query(
      `CREATE INDEX dialogue_meeting_questioned_idx ON dialogue_meeting (supplier_id) WHERE verification_status = 'QUESTIONED'`,
    );

    await queryRunner.query(`
      CREATE TABLE initiative_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        contract_id uuid NOT NULL REFERENCES contract(id),
        clause_id uuid NOT NULL REFERENCES clause(id),
        milestone_title varchar(300) NOT NULL,
        progress_status varchar(20) NOT NULL CHECK (progress_status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
        reported_on date NOT NULL,
        completed_on date,
        participants int CHECK (participants >= 0),
        description text NOT NULL,
        ${verification.replace('%s', 'initiative_progress')},
        CONSTRAINT initiative_progress_completed_check CHECK ((progress_status = 'COMPLETED') = (completed_on IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX initiative_progress_contract_clause_idx ON initiative_progress (contract_id, clause_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX initiative_progress_questioned_idx ON initiative_progress (supplier_id) WHERE verification_status = 'QUESTIONED'`,
    );

    await queryRunner.query(`
      CREATE TABLE evidence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        contract_id uuid NOT NULL REFERENCES contract(id),
        report_type varchar(30) NOT NULL CHECK (report_type IN ('PLACEMENT', 'DIALOGUE_MEETING', 'INITIATIVE_PROGRESS')),
        report_id uuid NOT NULL,
        file_name varchar(255) NOT NULL,
        content_type varchar(20) NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX evidence_file_report_idx ON evidence_file (report_type, report_id)`);

    await queryRunner.query(`
      CREATE TABLE recovery_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id),
        contract_id uuid NOT NULL REFERENCES contract(id),
        clause_id uuid NOT NULL REFERENCES clause(id),
        status_at_filing varchar(20) NOT NULL,
        status_summary text NOT NULL,
        actions text NOT NULL,
        expected_back_on_track date NOT NULL,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX recovery_plan_contract_clause_idx ON recovery_plan (contract_id, clause_id, created_at)`);

    // The first response to a report-creating POST; the primary key makes concurrent retries wait
    // for the first transaction and then read its response.
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        subject varchar(200) NOT NULL,
        route varchar(300) NOT NULL,
        key varchar(200) NOT NULL,
        request_hash char(64) NOT NULL,
        response_status int,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject, route, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
    await queryRunner.query(`DROP TABLE recovery_plan`);
    await queryRunner.query(`DROP TABLE evidence_file`);
    await queryRunner.query(`DROP TABLE initiative_progress`);
    await queryRunner.query(`DROP TABLE dialogue_meeting`);
    await queryRunner.query(`DROP TABLE placement`);
    await queryRunner.query(`DROP TABLE reporting_period`);
    await queryRunner.query(`DROP TYPE verification_status`);
    await queryRunner.query(`DROP TYPE placement_age_band`);
    await queryRunner.query(`DROP TYPE placement_gender`);
  }
}
