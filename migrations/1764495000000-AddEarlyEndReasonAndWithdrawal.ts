import { MigrationInterface, QueryRunner } from 'typeorm';

const REPORT_TABLES = ['placement', 'dialogue_meeting', 'initiative_progress'];

/**
 * Why a placement ended early (the national model credits the whole agreed time only when the
 * employee left or was dismissed for just cause), and the withdrawal of a report: by the supplier
 * before verification (WITHDRAWN) or by the pact office afterwards (VOIDED). A withdrawn report is
 * kept for the audit trail but counts nowhere.
 */
export class AddEarlyEndReasonAndWithdrawal1764495000000 implements MigrationInterface {
  name = 'AddEarlyEndReasonAndWithdrawal1764495000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE placement ADD COLUMN early_end_reason varchar(20)
        CHECK (early_end_reason IN ('EMPLOYEE_RESIGNED', 'JUST_CAUSE', 'SUPPLIER_ENDED', 'OTHER'))`);
    // Early endings reported before the reason was asked for: nothing says the model's condition was met.
    await queryRunner.query(`UPDATE placement SET early_end_reason = 'OTHER' WHERE early_end_date IS NOT NULL`);
    // Not placement_early_end_reason_check: PostgreSQL already gave that name to the column's own CHECK.
    await queryRunner.query(`
      ALTER TABLE placement ADD CONSTRAINT placement_early_end_reason_with_date_check
        CHECK ((early_end_date IS NULL) = (early_end_reason IS NULL))`);
    for (const table of REPORT_TABLES) {
      await queryRunner.query(`
        ALTER TABLE ${table}
          ADD COLUMN withdrawal_kind varchar(10) CHECK (withdrawal_kind IN ('WITHDRAWN', 'VOIDED')),
          ADD COLUMN withdrawal_reason text,
          ADD COLUMN withdrawn_by varchar(200),
          ADD COLUMN withdrawn_at timestamptz,
          ADD CONSTRAINT ${table}_withdrawal_check CHECK (
            (withdrawal_kind IS NULL AND withdrawal_reason IS NULL AND withdrawn_by IS NULL AND withdrawn_at IS NULL)
            OR (withdrawal_kind IS NOT NULL AND withdrawal_reason IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawn_at IS NOT NULL))`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of REPORT_TABLES) {
      await queryRunner.query(`
        ALTER TABLE ${table} DROP CONSTRAINT ${table}_withdrawal_check, DROP COLUMN withdrawal_kind, DROP COLUMN withdrawal_reason,
          DROP COLUMN withdrawn_by, DROP COLUMN withdrawn_at`);
    }
    await queryRunner.query(`ALTER TABLE placement DROP CONSTRAINT placement_early_end_reason_with_date_check`);
    await queryRunner.query(`ALTER TABLE placement DROP COLUMN early_end_reason`);
  }
}
