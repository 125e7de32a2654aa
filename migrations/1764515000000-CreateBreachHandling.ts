import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Breach handling, remedy first (rättelse) and then a decision: a remedy request per clause of a
 * contract, at most one OPEN at a time; the decision on it (a penalty, vite, computed and stored
 * with its calculation, or a waiver with its motivation); recovery plans (åtgärdsplaner) that
 * answer a request. The results sum the stored decisions by the day they were decided.
 */
export class CreateBreachHandling1764515000000 implements MigrationInterface {
  name = 'CreateBreachHandling1764515000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE remedy_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id),
        clause_id uuid NOT NULL REFERENCES clause(id),
        clause_version int NOT NULL,
        missing text NOT NULL,
        due_date date NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DECIDED', 'WITHDRAWN')),
        requested_by varchar(200) NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        withdrawal_reason text,
        withdrawn_by varchar(200),
        withdrawn_at timestamptz,
        CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
        FOREIGN KEY (clause_id, clause_version) REFERENCES clause_version (clause_id, version)
      )`);
    // One open request per clause of a contract; also the clause list's lookup of it.
    await queryRunner.query(`CREATE UNIQUE INDEX remedy_request_open_idx ON remedy_request (contract_id, clause_id) WHERE status = 'OPEN'`);
    // The contract page and a clause's requests, newest first.
    await queryRunner.query(`CREATE INDEX remedy_request_contract_idx ON remedy_request (contract_id, requested_at)`);
    // The follow-up list: by status, open ones by due date.
    await queryRunner.query(`CREATE INDEX remedy_request_status_due_idx ON remedy_request (status, due_date)`);

    await queryRunner.query(`
      CREATE TABLE breach_decision (
        remedy_request_id uuid PRIMARY KEY REFERENCES remedy_request(id),
        contract_id uuid NOT NULL REFERENCES contract(id),
        clause_id uuid NOT NULL REFERENCES clause(id),
        outcome varchar(10) NOT NULL CHECK (outcome IN ('PENALTY', 'WAIVED')),
        as_of date NOT NULL,
        amount_sek bigint NOT NULL CHECK (amount_sek >= 0),
        calculation jsonb NOT NULL,
        motivation text,
        decided_by varchar(200) NOT NULL,
        decided_on date NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        CHECK (outcome = 'PENALTY' OR (amount_sek = 0 AND motivation IS NOT NULL))
      )`);
    // Earlier penalties under a clause count against its cap.
    await queryRunner.query(`CREATE INDEX breach_decision_clause_idx ON breach_decision (contract_id, clause_id) INCLUDE (amount_sek) WHERE outcome = 'PENALTY'`);
    // The results: decisions by the day they were decided.
    await queryRunner.query(`CREATE INDEX breach_decision_decided_on_idx ON breach_decision (decided_on) INCLUDE (contract_id, outcome, amount_sek)`);

    await queryRunner.query(`ALTER TABLE recovery_plan ADD COLUMN remedy_request_id uuid REFERENCES remedy_request(id)`);
    await queryRunner.query(`CREATE INDEX recovery_plan_remedy_request_idx ON recovery_plan (remedy_request_id, created_at) WHERE remedy_request_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX recovery_plan_remedy_request_idx`);
    await queryRunner.query(`ALTER TABLE recovery_plan DROP COLUMN remedy_request_id`);
    await queryRunner.query(`DROP TABLE breach_decision`);
    await queryRunner.query(`DROP TABLE remedy_request`);
  }
}
