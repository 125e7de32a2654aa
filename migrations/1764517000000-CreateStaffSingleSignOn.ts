import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff single sign-on over OpenID Connect. A sign-in in progress (oidc_sign_in_attempt) keeps the
 * state, nonce and PKCE verifier server-side, found by the sha256 of a random value in the browser's
 * cookie, so any instance can finish what another started, each attempt is used once, and a
 * callback from another browser finds nothing. Once signed in, the provider's subject is linked to
 * the account (oidc_identity): a later sign-in finds the person by it even if the e-mail changes.
 */
export class CreateStaffSingleSignOn1764517000000 implements MigrationInterface {
  name = 'CreateStaffSingleSignOn1764517000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oidc_sign_in_attempt (
        id char(64) PRIMARY KEY,
        state varchar(128) NOT NULL,
        nonce varchar(128) NOT NULL,
        code_verifier varchar(128) NOT NULL,
        return_to varchar(2000) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX oidc_sign_in_attempt_expires_idx ON oidc_sign_in_attempt (expires_at)`);

    await queryRunner.query(`
      CREATE TABLE oidc_identity (
        issuer varchar(500) NOT NULL,
        subject varchar(255) NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject),
        CONSTRAINT oidc_identity_one_per_issuer UNIQUE (user_id, issuer)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oidc_identity`);
    await queryRunner.query(`DROP TABLE oidc_sign_in_attempt`);
  }
}
