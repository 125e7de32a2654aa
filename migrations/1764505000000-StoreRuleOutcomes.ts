import { MigrationInterface, QueryRunner } from 'typeorm';

/** The placement columns the results need, as the tally trigger copies them into a delta row. */
const PLACEMENT_IMAGE = `supplier_id, clause_id, offered_date, filled, start_date, counts_toward_requirement, earning_first_month,
  earning_by_month, gender, age_band, establishment_programme, verification_status, withdrawal_kind`;
const DELTA_COLUMNS = `sign, unit, ${PLACEMENT_IMAGE}`;
const PERSON_KEY = 'year_total, month, unit, gender, age_band, establishment_programme, verification_status';
const SUPPLIER_KEY = 'year_total, month, unit, supplier_id, gender, verification_status';

/**
 * The rules' outcomes, stored so that the results only sum them (src/reporting/clause-outcomes.ts
 * writes them with the pure rules of src/reporting, in the transaction that changed a fact, and once a
 * day for what changes only with time):
 * - per placement: whether it counts toward a requirement, the full-time months it has delivered,
 *   and those booked per calendar month worked (`earning_by_month[i]` is the month
 *   `earning_first_month` + i);
 * - per clause of a contract (`clause_outcome`): its status, reasons and figures.
 *
 * The tallies no longer compute full-time months from the placement's dates (a second definition
 * of the rule): the trigger copies the stored monthly earnings, and folding sums them into the
 * months they were worked. The per-clause tally, the early-ending credit correction and what they
 * needed go: clause figures are read from `clause_outcome`. Withdrawn and voided reports count
 * nowhere. What the tallies held is rebuilt; the placements' earnings are filled in by the outcome
 * refresh when the service starts.
 */
export class StoreRuleOutcomes1764505000000 implements MigrationInterface {
  name = 'StoreRuleOutcomes1764505000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE placement
        ADD COLUMN counts_toward_requirement boolean NOT NULL DEFAULT false,
        ADD COLUMN delivered_full_time_months float8 NOT NULL DEFAULT 0,
        ADD COLUMN earning_first_month date,
        ADD COLUMN earning_by_month float8[],
        ADD CONSTRAINT placement_earning_check CHECK ((earning_first_month IS NULL) = (earning_by_month IS NULL))`);
    await queryRunner.query(`
      CREATE TABLE clause_outcome (
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        clause_id uuid NOT NULL REFERENCES clause(id) ON DELETE CASCADE,
        status varchar(20) NOT NULL CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'FULFILLED', 'NOT_FULFILLED')),
        reasons jsonb NOT NULL,
        reports integer NOT NULL,
        required_count integer NOT NULL,
        counted_placements integer NOT NULL,
        required_full_time_months float8 NOT NULL,
        delivered_full_time_months float8 NOT NULL,
        committed_full_time_months float8 NOT NULL,
        meetings integer NOT NULL,
        required_meetings integer NOT NULL,
        milestones integer NOT NULL,
        milestones_completed integer NOT NULL,
        participants integer NOT NULL,
        bonus_sek bigint,
        evaluated_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contract_id, clause_id)
      )`);
    await queryRunner.query(`CREATE INDEX clause_outcome_clause_idx ON clause_outcome (clause_id)`);
    // The follow-up list: outcomes of some statuses, most severe first.
    await queryRunner.query(`CREATE INDEX clause_outcome_status_idx ON clause_outcome (status, contract_id)`);
    await queryRunner.query(`CREATE INDEX clause_outcome_evaluated_idx ON clause_outcome (evaluated_on)`);

    await queryRunner.query(`DROP TRIGGER placement_tally_on_delete ON placement`);
    await queryRunner.query(`DROP TRIGGER placement_tally_on_update ON placement`);
    await queryRunner.query(`DROP TRIGGER placement_tally_on_insert ON placement`);
    await queryRunner.query(`DROP TRIGGER procurement_tally_on_update ON procurement`);
    await queryRunner.query(`DROP FUNCTION placement_tally_capture()`);
    await queryRunner.query(`DROP FUNCTION procurement_tally_capture()`);
    await queryRunner.query(`DROP TABLE placement_tally_by_clause`);
    await queryRunner.query(`DROP INDEX clause_version_other_credit_idx`);
    await queryRunner.query(`ALTER TABLE clause_version DROP COLUMN early_ending_credit_percent`);
    await queryRunner.query(`DROP INDEX placement_results_early_end_idx`);
    await queryRunner.query(`DROP INDEX placement_results_clause_idx`);
    await queryRunner.query(`DROP INDEX placement_results_offered_idx`);
    await queryRunner.query(`DROP INDEX placement_results_filled_idx`);
    await queryRunner.query(`
      CREATE INDEX placement_results_offered_idx ON placement (offered_date)
        INCLUDE (contract_id, supplier_id, gender, age_band, establishment_programme, verification_status)
        WHERE withdrawal_kind IS NULL`);
    await queryRunner.query(`
      CREATE INDEX placement_results_filled_idx ON placement (start_date)
        INCLUDE (contract_id, supplier_id, gender, age_band, establishment_programme, verification_status, counts_toward_requirement)
        WHERE filled AND withdrawal_kind IS NULL`);

    await queryRunner.query(`TRUNCATE placement_tally_delta, placement_tally_by_person, placement_tally_by_supplier`);
    await queryRunner.query(`
      ALTER TABLE placement_tally_delta
        DROP COLUMN end_date, DROP COLUMN early_end_date, DROP COLUMN working_time_percent,
        ADD COLUMN counts_toward_requirement boolean NOT NULL,
        ADD COLUMN earning_first_month date,
        ADD COLUMN earning_by_month float8[],
        ADD COLUMN withdrawal_kind varchar(10)`);
    // The keys cover `counting` too, so a year's tally rows are still read by index-only scans.
    for (const [tally, key] of [['placement_tally_by_person', PERSON_KEY], ['placement_tally_by_supplier', SUPPLIER_KEY]]) {
      await queryRunner.query(`
        ALTER TABLE ${tally} ADD COLUMN counting integer NOT NULL DEFAULT 0,
          DROP CONSTRAINT ${tally}_pkey, ADD PRIMARY KEY (${key}) INCLUDE (offered, filled, counting, full_time_months)`);
    }
    await createTriggers(queryRunner);
    await queryRunner.query(`${countedImages('1', 'placement s')} ORDER BY s.created_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    throw new Error(
      'StoreRuleOutcomes cannot be reverted: the tallies it replaced computed full-time months by another rule; restore a backup taken before it',
    );
  }
}

async function createTriggers(queryRunner: QueryRunner): Promise<void> {
  // Why the contract rows are locked before the procurement's status is read: a cancellation
  // (procurement_tally_capture) locks its contracts FOR UPDATE before it takes back what they
  // counted, so a placement written at the same moment either commits first and is taken back,
  // or waits and then sees the procurement cancelled — it is never counted twice or left over.
  await queryRunner.query(`
    CREATE FUNCTION placement_tally_capture() RETURNS trigger LANGUAGE plpgsql AS $$
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
        ${countedImages(
          's.sign',
          `(SELECT o.contract_id, -1 AS sign, ${prefixed('o')} FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (${prefixed('o')}) IS DISTINCT FROM (${prefixed('n')})
            UNION ALL
            SELECT n.contract_id, 1, ${prefixed('n')} FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (${prefixed('o')}) IS DISTINCT FROM (${prefixed('n')})) s`,
        )};
      END IF;
      RETURN NULL;
    END $$`);
  await queryRunner.query(`
    CREATE TRIGGER placement_tally_on_insert AFTER INSERT ON placement
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION placement_tally_capture()`);
  await queryRunner.query(`
    CREATE TRIGGER placement_tally_on_update AFTER UPDATE ON placement
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION placement_tally_capture()`);
  await queryRunner.query(`
    CREATE TRIGGER placement_tally_on_delete AFTER DELETE ON placement
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION placement_tally_capture()`);

  await queryRunner.query(`
    CREATE FUNCTION procurement_tally_capture() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (OLD.status = 'CANCELLED') = (NEW.status = 'CANCELLED') AND OLD.contracting_unit = NEW.contracting_unit THEN
        RETURN NULL;
      END IF;
      PERFORM 1 FROM contract WHERE procurement_id = NEW.id FOR UPDATE;
      INSERT INTO placement_tally_delta (${DELTA_COLUMNS})
      SELECT s.sign, s.unit, ${prefixed('p')}
      FROM placement p JOIN contract ct ON ct.id = p.contract_id
      CROSS JOIN LATERAL (
        SELECT -1 AS sign, OLD.contracting_unit AS unit WHERE OLD.status <> 'CANCELLED'
        UNION ALL
        SELECT 1, NEW.contracting_unit WHERE NEW.status <> 'CANCELLED') s
      WHERE ct.procurement_id = NEW.id AND p.withdrawal_kind IS NULL;
      RETURN NULL;
    END $$`);
  await queryRunner.query(`
    CREATE TRIGGER procurement_tally_on_update AFTER UPDATE OF status, contracting_unit ON procurement
      FOR EACH ROW EXECUTE FUNCTION procurement_tally_capture()`);
}

/**
 * The delta rows, with sign `sign`, of the placement images in `rows` (a FROM item aliased `s` with
 * contract_id and the image columns) that count: not withdrawn, under a procurement not cancelled.
 */
function countedImages(sign: string, rows: string): string {
  return `INSERT INTO placement_tally_delta (${DELTA_COLUMNS})
    SELECT ${sign}, pr.contracting_unit, ${prefixed('s')}
    FROM ${rows} JOIN contract ct ON ct.id = s.contract_id JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE pr.status <> 'CANCELLED' AND s.withdrawal_kind IS NULL`;
}

/** The placement image columns of table alias `alias`. */
function prefixed(alias: string): string {
  return PLACEMENT_IMAGE.split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');
}
