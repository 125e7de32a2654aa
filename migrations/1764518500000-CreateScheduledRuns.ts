import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateScheduledRuns1764518500000 implements MigrationInterface {
  name = 'CreateScheduledRuns1764518500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per job and day: the primary key is what lets one instance (or CLI run) claim a day's
    // run while the others see it taken; a run that dies keeps its row RUNNING until its lease ends.
    // The latest runs are listed by the same key (newest run_date first), so no other index.
    await queryRunner.query(`
      CREATE TABLE scheduled_run (
        job varchar(40) NOT NULL,
        run_date date NOT NULL,
        status varchar(10) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
        attempts int NOT NULL DEFAULT 1,
        claimed_by varchar(200) NOT NULL,
        lease_until timestamptz NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        summary jsonb,
        last_error text,
        PRIMARY KEY (job, run_date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE scheduled_run`);
  }
}
