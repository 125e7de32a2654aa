import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored clause outcomes now keep their reasons (and their lines' reasons) as codes with
 * parameters, rendered in the reader's language. Rows written before hold English sentences; this
 * dates their evaluation back to before today and before their contract's end, so the daily refresh
 * (contractsDue) judges them again and stores codes. Until then they are shown as they are.
 */
export class ReevaluateOutcomesWithUncodedReasons1764520000000 implements MigrationInterface {
  name = 'ReevaluateOutcomesWithUncodedReasons1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE clause_outcome o SET evaluated_on = LEAST(o.evaluated_on, ct.end_date) - 1
        FROM contract ct
       WHERE ct.id = o.contract_id
         AND (jsonb_typeof(o.reasons -> 0) = 'string' OR jsonb_typeof(o.lines -> 0 -> 'reason') = 'string')`);
  }

  /** Nothing to undo: a re-evaluation stores what the rules decide, whichever code wrote the row. */
  async down(): Promise<void> {}
}
