import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders and alerts that come to people (issue 16): one `notification` row per recipient and
 * occasion, the in-app list and the proof that its e-mail was written. The unique (user, kind,
 * occasion) is what makes a repeated or racing daily run harmless. Users may switch kinds off, and
 * a stored clause outcome remembers since when it has had its status, so a status change alerts
 * once, on the day it happened (or the first run after).
 */
export class CreateNotifications1764518000000 implements MigrationInterface {
  name = 'CreateNotifications1764518000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL,
        occasion varchar(200) NOT NULL,
        subject_type varchar(30) NOT NULL,
        subject_id varchar(80) NOT NULL,
        contract_id uuid REFERENCES contract(id) ON DELETE CASCADE,
        params jsonb NOT NULL,
        emailed boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (user_id, kind, occasion)
      )`);
    // The user's list, newest first, and the unread count.
    await queryRunner.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    // "When did the reminder go out" for the rows of a follow-up list.
    await queryRunner.query(`CREATE INDEX notification_subject_idx ON notification (subject_type, subject_id, created_at)`);
    await queryRunner.query(`ALTER TABLE user_account ADD COLUMN muted_notifications text[] NOT NULL DEFAULT '{}'`);
    // NULL: the status was stored before alerts existed, so its start is unknown and never alerts.
    await queryRunner.query(`ALTER TABLE clause_outcome ADD COLUMN status_since date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE clause_outcome DROP COLUMN status_since`);
    await queryRunner.query(`ALTER TABLE user_account DROP COLUMN muted_notifications`);
    await queryRunner.query(`DROP TABLE notification`);
  }
}
