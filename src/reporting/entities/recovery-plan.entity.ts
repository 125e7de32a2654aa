import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ClauseStatus } from '../reporting.types';

/** A supplier's short plan for catching up on a clause that is at risk (åtgärdsplan). */
@Entity('recovery_plan')
export class RecoveryPlan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @Column({ name: 'status_at_filing', type: 'varchar', length: 20 }) statusAtFiling: ClauseStatus;
  /** The clause status's reasons and numbers when the plan was filed. */
  @Column({ name: 'status_summary', type: 'text' }) statusSummary: string;
  @Column({ type: 'text' }) actions: string;
  @Column({ name: 'expected_back_on_track', type: 'date' }) expectedBackOnTrack: string;
  /** The remedy request (begäran om rättelse) the plan answers, if any. */
  @Column({ name: 'remedy_request_id', type: 'uuid', nullable: true }) remedyRequestId: string | null;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
