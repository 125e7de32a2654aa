import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Real sign-in: the people who use the service (user_account), their browser sessions
 * (user_session), the personal API keys of the systems that report for them (api_key) and one-time
 * sign-in links (sign_in_link). Secrets are never stored: a session, a key and a link are found by
 * the sha256 of the secret the holder presents. The audit trail gains the acting user's id, so its
 * answers can name the person by joining, without copying names into every row.
 */
export class CreateUsersSessionsAndApiKeys1764516000000 implements MigrationInterface {
  name = 'CreateUsersSessionsAndApiKeys1764516000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        name varchar(200) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('admin', 'officer', 'pact_office', 'supplier')),
        supplier_id uuid REFERENCES supplier (id),
        supplier_admin boolean NOT NULL DEFAULT false,
        status varchar(10) NOT NULL DEFAULT 'INVITED' CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
        language varchar(2) NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by varchar(200) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_account_supplier_role CHECK ((role = 'supplier') = (supplier_id IS NOT NULL)),
        CONSTRAINT user_account_supplier_admin_role CHECK (NOT supplier_admin OR role = 'supplier')
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email))`);
    await queryRunner.query(`CREATE INDEX user_account_supplier_idx ON user_account (supplier_id) WHERE supplier_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE user_session (
        id char(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        csrf_token varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await queryRunner.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        prefix varchar(16) NOT NULL,
        hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX api_key_user_idx ON api_key (user_id)`);

    await queryRunner.query(`
      CREATE TABLE sign_in_link (
        hash char(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX sign_in_link_user_idx ON sign_in_link (user_id)`);

    // No foreign key: the audit trail outlives whatever it names and must never refuse a row.
    await queryRunner.query(`ALTER TABLE audit_event ADD COLUMN actor_user_id uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_event DROP COLUMN actor_user_id`);
    await queryRunner.query(`DROP TABLE sign_in_link`);
    await queryRunner.query(`DROP TABLE api_key`);
    await queryRunner.query(`DROP TABLE user_session`);
    await queryRunner.query(`DROP TABLE user_account`);
  }
}
