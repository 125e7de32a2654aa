import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMailOutboxAndSignInCodes1764516500000 implements MigrationInterface {
  name = 'CreateMailOutboxAndSignInCodes1764516500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written in the transaction of what caused the message; the sender delivers it afterwards.
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(40) NOT NULL,
        recipient varchar(254) NOT NULL,
        lang varchar(2) NOT NULL CHECK (lang IN ('sv', 'en')),
        subject varchar(300) NOT NULL,
        text text NOT NULL,
        html text,
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error varchar(1000),
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The sender's pick: due messages still to send, oldest first; small, since sent ones leave it.
    await queryRunner.query(`CREATE INDEX outbox_message_due ON outbox_message (next_attempt_at) WHERE status = 'PENDING'`);
    // The admin list: newest first, optionally of one status.
    await queryRunner.query(`CREATE INDEX outbox_message_by_status ON outbox_message (status, created_at DESC)`);

    // A supplier user's one-time sign-in code (engångskod): only its HMAC is kept. A new code
    // replaces the user's earlier ones, so there is at most one per user and no other index is needed.
    await queryRunner.query(`
      CREATE TABLE sign_in_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL UNIQUE REFERENCES user_account (id) ON DELETE CASCADE,
        code_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        wrong_tries int NOT NULL DEFAULT 0,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_code`);
    await queryRunner.query(`DROP TABLE outbox_message`);
  }
}
