import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The integration pact's member register: members, their letters of intent (one row per version;
 * the current version has `superseded_at IS NULL`), annual check-ins, links from suppliers to
 * members and invitations of awarded suppliers. A member's status is derived in queries from the
 * current letter's dates, hence the partial indexes on current letters.
 */
export class CreatePactMemberRegister1764440000000 implements MigrationInterface {
  name = 'CreatePactMemberRegister1764440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE pact_member_kind AS ENUM ('COMPANY', 'CITY_COMPANY', 'PUBLIC_AGENCY', 'CIVIL_SOCIETY')`);
    await queryRunner.query(
      `CREATE TYPE pact_member_size_band AS ENUM ('EMPLOYEES_0_9', 'EMPLOYEES_10_49', 'EMPLOYEES_50_249', 'EMPLOYEES_250_PLUS')`,
    );
    await queryRunner.query(`CREATE TYPE pact_invitation_outcome AS ENUM ('PENDING', 'JOINED', 'DECLINED', 'NO_RESPONSE')`);

    await queryRunner.query(`
      CREATE TABLE pact_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        org_number char(11) NOT NULL,
        kind pact_member_kind NOT NULL,
        sector varchar(100) NOT NULL,
        size_band pact_member_size_band NOT NULL,
        contact_name varchar(200) NOT NULL,
        contact_email varchar(254) NOT NULL,
        contact_phone varchar(40),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pact_member_org_number_unique UNIQUE (org_number)
      )`);
    await queryRunner.query(`CREATE INDEX pact_member_name_lower_idx ON pact_member (lower(name))`);
    await queryRunner.query(`CREATE INDEX pact_member_kind_idx ON pact_member (kind)`);
    await queryRunner.query(`CREATE INDEX pact_member_sector_lower_idx ON pact_member (lower(sector))`);

    await queryRunner.query(`
      CREATE TABLE letter_of_intent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES pact_member(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version > 0),
        signed_on date NOT NULL,
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        activities text[] NOT NULL CHECK (
          cardinality(activities) > 0
          AND activities <@ ARRAY['JOB_PARTNER', 'STOCKHOLM_MENTOR', 'ADVISORY_BOARD', 'SOCIAL_CLAUSE', 'INNOVATION_MEETINGS']
        ),
        commitments jsonb NOT NULL DEFAULT '[]',
        change_reason text,
        superseded_at timestamptz,
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT letter_of_intent_version_unique UNIQUE (member_id, version),
        CONSTRAINT letter_of_intent_dates_check CHECK (valid_to > valid_from)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX letter_of_intent_current_unique ON letter_of_intent (member_id) WHERE superseded_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX letter_of_intent_current_dates_idx ON letter_of_intent (valid_to, valid_from) WHERE superseded_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX letter_of_intent_current_activities_idx ON letter_of_intent USING gin (activities) WHERE superseded_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE check_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES pact_member(id) ON DELETE CASCADE,
        held_on date NOT NULL,
        participants text[] NOT NULL CHECK (cardinality(participants) > 0),
        notes text NOT NULL DEFAULT '',
        follow_up_actions text[] NOT NULL DEFAULT '{}',
        created_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX check_in_member_held_on_idx ON check_in (member_id, held_on DESC)`);

    await queryRunner.query(`
      CREATE TABLE pact_member_supplier_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES pact_member(id) ON DELETE CASCADE,
        supplier_id uuid NOT NULL REFERENCES supplier(id) ON DELETE CASCADE,
        matched_by varchar(20) NOT NULL CHECK (matched_by IN ('ORG_NUMBER', 'MANUAL')),
        linked_by varchar(200) NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pact_member_supplier_link_supplier_unique UNIQUE (supplier_id)
      )`);
    await queryRunner.query(`CREATE INDEX pact_member_supplier_link_member_idx ON pact_member_supplier_link (member_id)`);

    await queryRunner.query(`
      CREATE TABLE pact_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES supplier(id) ON DELETE CASCADE,
        invited_on date NOT NULL,
        note text,
        outcome pact_invitation_outcome NOT NULL DEFAULT 'PENDING',
        outcome_on date,
        outcome_note text,
        member_id uuid REFERENCES pact_member(id) ON DELETE SET NULL,
        invited_by varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pact_invitation_outcome_date_check CHECK ((outcome = 'PENDING') = (outcome_on IS NULL)),
        CONSTRAINT pact_invitation_outcome_after_invite_check CHECK (outcome_on IS NULL OR outcome_on >= invited_on)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX pact_invitation_pending_unique ON pact_invitation (supplier_id) WHERE outcome = 'PENDING'`,
    );
    await queryRunner.query(`CREATE INDEX pact_invitation_outcome_idx ON pact_invitation (outcome, invited_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pact_invitation`);
    await queryRunner.query(`DROP TABLE pact_member_supplier_link`);
    await queryRunner.query(`DROP TABLE check_in`);
    await queryRunner.query(`DROP TABLE letter_of_intent`);
    await queryRunner.query(`DROP TABLE pact_member`);
    await queryRunner.query(`DROP TYPE pact_invitation_outcome`);
    await queryRunner.query(`DROP TYPE pact_member_size_band`);
    await queryRunner.query(`DROP TYPE pact_member_kind`);
  }
}
