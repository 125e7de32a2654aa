import { MigrationInterface, QueryRunner } from 'typeorm';

/** As in StoreRuleOutcomes1764505000000, copied so this migration stays as written. */
const PLACEMENT_IMAGE = `supplier_id, clause_id, offered_date, filled, start_date, counts_toward_requirement, earning_first_month,
  earning_by_month, gender, age_band, establishment_programme, verification_status, withdrawal_kind`;
const DELTA_COLUMNS = `sign, unit, ${PLACEMENT_IMAGE}`;

const prefixed = (alias: string) => PLACEMENT_IMAGE.split(',').map((column) => `${alias}.${column.trim()}`).join(', ');

const countedImages = (sign: string, rows: string) => `INSERT INTO placement_tally_delta (${DELTA_COLUMNS})
    SELECT ${sign}, pr.contracting_unit, ${prefixed('s')}
    FROM ${rows} JOIN contract ct ON ct.id = s.contract_id JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE pr.status <> 'CANCELLED' AND s.withdrawal_kind IS NULL`;

const CHANGED_IMAGES = `(SELECT o.contract_id, -1 AS sign, ${prefixed('o')} FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (${prefixed('o')}) IS DISTINCT FROM (${prefixed('n')})
    UNION ALL
    SELECT n.contract_id, 1, ${prefixed('n')} FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (${prefixed('o')}) IS DISTINCT FROM (${prefixed('n')})) s`;

/**
 * The tally trigger plans its update branch afresh on every firing (EXECUTE) instead of keeping the
 * plan PL/pgSQL cached on the connection's first firing. That first firing is usually one report's
 * update, planned as a nested loop over the old and new rows; reused for the outcome refresh after a
 * 5 000-row upload it compared 25 million row pairs and held the upload's transaction 30–45 s. Planned
 * with the real row counts it hashes: well under a second. Same statements, same deltas.
 */
export class ReplanTallyCaptureOfUpdates1764513500000 implements MigrationInterface {
  name = 'ReplanTallyCaptureOfUpdates1764513500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(captureFunction(`EXECUTE $update$ ${countedImages('s.sign', CHANGED_IMAGES)} $update$`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(captureFunction(countedImages('s.sign', CHANGED_IMAGES)));
  }
}

function captureFunction(updateBranch: string): string {
  return `
    CREATE OR REPLACE FUNCTION placement_tally_capture() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'DELETE' THEN
        PERFORM 1 FROM contract WHERE id IN (SELECT contract_id FROM new_rows) FOR KEY SHARE;
      ELSE
        PERFORM 1 FROM contract WHERE id IN (SELECT contract_id FROM old_rows) FOR KEY SHARE;
      END IF;
      IF TG_OP = 'INSERT' THEN
        ${countedImages('1', 'new_rows s')};
      ELSIF TG_OP = 'DELETE' THEN
        ${countedImages('-1', 'old_rows s')};
      ELSE
        -- Only rows whose counted columns changed (a verification, a new earning), not every touch.
        ${updateBranch};
      END IF;
      RETURN NULL;
    END $$`;
}
