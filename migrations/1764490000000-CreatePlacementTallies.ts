import { MigrationInterface, QueryRunner } from 'typeorm';

/** The placement columns the results need, as the trigger copies them into a delta row. */
const PLACEMENT_IMAGE = `supplier_id, clause_id, offered_date, filled, start_date, end_date, early_end_date, working_time_percent,
  gender, age_band, establishment_programme, verification_status`;
const DELTA_COLUMNS = `sign, unit, ${PLACEMENT_IMAGE}`;

/**
 * Running tallies of placements for the pact results (src/results), so a year of a national data
 * set is summed from a few thousand monthly rows instead of read placement by placement.
 *
 * - `placement_tally_delta`: every change of a placement under a counted (not cancelled)
 *   procurement, as a signed image of the placement: +1 for what now counts, −1 for what no longer
 *   does. Written by triggers in the writing transaction, so it is exactly as current as the
 *   placements. Append-only on purpose: concurrent reports never wait for one another on a shared
 *   counter row, and a CSV upload of thousands of rows cannot deadlock with another.
 * - `placement_tally_by_person`, `placement_tally_by_supplier`: the deltas folded into sums per
 *   month (`year_total` false) and per calendar year (`year_total` true, `month` = 1 January), so a
 *   period reads whole years, then whole months, then single days from the placements;
 *   `placement_tally_by_clause`: the same per clause, to date. Folded by the service's job
 *   (src/results/tally-folding.service.ts). A result always reads the folded sums plus the deltas
 *   not yet folded, so folding changes no figure, only speed.
 *
 * Full-time months are folded with the model's early-ending credit (75 %); the few clauses whose
 * current version names another credit are corrected from their placements when the results are
 * read, since a new clause version can change the credit after the placements were folded.
 */
export class CreatePlacementTallies1764490000000 implements MigrationInterface {
  name = 'CreatePlacementTallies1764490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE placement_tally_delta (
        id bigserial PRIMARY KEY,
        sign smallint NOT NULL CHECK (sign IN (-1, 1)),
        unit varchar(200) NOT NULL,
        supplier_id uuid NOT NULL,
        clause_id uuid NOT NULL,
        offered_date date NOT NULL,
        filled boolean NOT NULL,
        start_date date,
        end_date date,
        early_end_date date,
        working_time_percent integer NOT NULL,
        gender placement_gender NOT NULL,
        age_band placement_age_band NOT NULL,
        establishment_programme boolean NOT NULL,
        verification_status verification_status NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX placement_tally_delta_clause_idx ON placement_tally_delta (clause_id)`);
    await queryRunner.query(`
      CREATE TABLE placement_tally_by_person (
        year_total boolean NOT NULL,
        month date NOT NULL,
        unit varchar(200) NOT NULL,
        gender placement_gender NOT NULL,
        age_band placement_age_band NOT NULL,
        establishment_programme boolean NOT NULL,
        verification_status verification_status NOT NULL,
        offered integer NOT NULL,
        filled integer NOT NULL,
        full_time_months float8 NOT NULL,
        PRIMARY KEY (year_total, month, unit, gender, age_band, establishment_programme, verification_status)
          INCLUDE (offered, filled, full_time_months)
      )`);
    await queryRunner.query(`
      CREATE TABLE placement_tally_by_supplier (
        year_total boolean NOT NULL,
        month date NOT NULL,
        unit varchar(200) NOT NULL,
        supplier_id uuid NOT NULL,
        gender placement_gender NOT NULL,
        verification_status verification_status NOT NULL,
        offered integer NOT NULL,
        filled integer NOT NULL,
        full_time_months float8 NOT NULL,
        PRIMARY KEY (year_total, month, unit, supplier_id, gender, verification_status)
          INCLUDE (offered, filled, full_time_months)
      )`);
    await queryRunner.query(`
      CREATE TABLE placement_tally_by_clause (
        clause_id uuid NOT NULL,
        verification_status verification_status NOT NULL,
        reports integer NOT NULL,
        filled integer NOT NULL,
        full_time_months float8 NOT NULL,
        early_ended_agreed_months float8 NOT NULL,
        PRIMARY KEY (clause_id, verification_status) INCLUDE (reports, filled, full_time_months, early_ended_agreed_months)
      )`);
    // The early-ending credit of a clause version as a column, so the few versions that differ from the
    // model's 75 % are one small index-only scan instead of a read of every version's parameters.
    await queryRunner.query(`
      ALTER TABLE clause_version ADD COLUMN early_ending_credit_percent numeric
        GENERATED ALWAYS AS (coalesce((parameters ->> 'earlyEndingCreditPercent')::numeric, 75)) STORED`);
    await queryRunner.query(`
      CREATE INDEX clause_version_other_credit_idx ON clause_version (clause_id, version) INCLUDE (early_ending_credit_percent)
        WHERE early_ending_credit_percent <> 75`);
    await queryRunner.query(`DROP INDEX clause_version_credit_idx`);
    // The procurements published in a period with what the results ask of them, by an index-only scan.
    await queryRunner.query(`CREATE INDEX procurement_results_published_idx ON procurement (published_at) INCLUDE (id, status, contracting_unit)`);
    // Read per clause by the results' clause fulfilment, and for the early-ending credit correction.
    await queryRunner.query(`
      CREATE INDEX placement_results_early_end_idx ON placement (start_date)
        INCLUDE (contract_id, clause_id, supplier_id, gender, age_band, establishment_programme, verification_status,
          end_date, early_end_date, working_time_percent)
        WHERE filled AND early_end_date IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX dialogue_meeting_results_clause_idx ON dialogue_meeting (clause_id) INCLUDE (verification_status)`);
    await queryRunner.query(`
      CREATE INDEX initiative_progress_results_clause_idx ON initiative_progress (clause_id)
        INCLUDE (verification_status, progress_status, milestone_title, participants)`);

    // Why the contract rows are locked before the procurement's status is read: a cancellation
    // (procurement_tally_capture) locks its contracts FOR UPDATE before it takes back what they
    // counted, so a placement written at the same moment either commits first and is taken back,
    // or waits and then sees the procurement cancelled — it is never counted twice or left over.
    // The status is read in a statement of its own, which sees what committed while it waited.
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
          -- Only rows whose counted columns changed (a verification, a corrected date), not every touch.
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

    // A procurement cancelled (or, in a draft, moved to another unit) takes back what its placements
    // counted under the old state and counts them under the new one.
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
        WHERE ct.procurement_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER procurement_tally_on_update AFTER UPDATE OF status, contracting_unit ON procurement
        FOR EACH ROW EXECUTE FUNCTION procurement_tally_capture()`);

    // What exists already counts from the start; the folding job folds it like any other delta.
    await queryRunner.query(`
      ${countedImages('1', 'placement s')}
      ORDER BY s.created_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER procurement_tally_on_update ON procurement`);
    await queryRunner.query(`DROP FUNCTION procurement_tally_capture()`);
    await queryRunner.query(`DROP TRIGGER placement_tally_on_delete ON placement`);
    await queryRunner.query(`DROP TRIGGER placement_tally_on_update ON placement`);
    await queryRunner.query(`DROP TRIGGER placement_tally_on_insert ON placement`);
    await queryRunner.query(`DROP FUNCTION placement_tally_capture()`);
    await queryRunner.query(`DROP INDEX procurement_results_published_idx`);
    await queryRunner.query(`DROP INDEX initiative_progress_results_clause_idx`);
    await queryRunner.query(`DROP INDEX dialogue_meeting_results_clause_idx`);
    await queryRunner.query(`DROP INDEX placement_results_early_end_idx`);
    await queryRunner.query(`CREATE INDEX clause_version_credit_idx ON clause_version ((parameters ->> 'earlyEndingCreditPercent'))`);
    await queryRunner.query(`DROP INDEX clause_version_other_credit_idx`);
    await queryRunner.query(`ALTER TABLE clause_version DROP COLUMN early_ending_credit_percent`);
    await queryRunner.query(`DROP TABLE placement_tally_by_clause`);
    await queryRunner.query(`DROP TABLE placement_tally_by_supplier`);
    await queryRunner.query(`DROP TABLE placement_tally_by_person`);
    await queryRunner.query(`DROP TABLE placement_tally_delta`);
  }
}

/**
 * The delta rows, with sign `sign`, of the placement images in `rows` (a FROM item aliased `s` with
 * contract_id and the image columns) whose procurement counts, under its contracting unit.
 */
function countedImages(sign: string, rows: string): string {
  return `INSERT INTO placement_tally_delta (${DELTA_COLUMNS})
    SELECT ${sign}, pr.contracting_unit, ${prefixed('s')}
    FROM ${rows} JOIN contract ct ON ct.id = s.contract_id JOIN procurement pr ON pr.id = ct.procurement_id
    WHERE pr.status <> 'CANCELLED'`;
}

/** The placement image columns of table alias `alias`. */
function prefixed(alias: string): string {
  return PLACEMENT_IMAGE.split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');
}
