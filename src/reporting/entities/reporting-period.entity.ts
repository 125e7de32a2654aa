import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One reporting period of a contract clause (quarterly by default); overdue when past due and not submitted. */
@Entity('reporting_period')
export class ReportingPeriod {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'period_start', type: 'date' }) periodStart: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate: string;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'submitted_by', type: 'varchar', length: 200, nullable: true }) submittedBy: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
}
