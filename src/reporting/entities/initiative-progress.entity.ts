import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProgressStatus } from '../reporting.types';
import { VerifiedReport } from './verification.columns';

/** Progress on one milestone of an integration initiative clause. */
@Entity('initiative_progress')
export class InitiativeProgress extends VerifiedReport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  /** The milestone's title as written in the clause parameters. */
  @Column({ name: 'milestone_title', type: 'varchar', length: 300 }) milestoneTitle: string;
  @Column({ name: 'progress_status', type: 'varchar', length: 20 }) progressStatus: ProgressStatus;
  @Column({ name: 'reported_on', type: 'date' }) reportedOn: string;
  @Column({ name: 'completed_on', type: 'date', nullable: true }) completedOn: string | null;
  /** People taking part so far, when the initiative counts them. */
  @Column({ type: 'int', nullable: true }) participants: number | null;
  @Column({ type: 'text' }) description: string;
}
