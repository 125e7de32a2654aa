import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BreachStatus } from '../breach.types';

/**
 * A written request to remedy a breach of one clause of a contract (begäran om rättelse): what is
 * missing and by when. The clause version in force when it was sent holds the remedy period and the
 * penalty terms the letter states.
 */
@Entity('remedy_request')
export class RemedyRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @Column({ name: 'clause_version', type: 'int' }) clauseVersion: number;
  @Column({ type: 'text' }) missing: string;
  @Column({ name: 'due_date', type: 'date' }) dueDate: string;
  @Column({ type: 'varchar', length: 10, default: BreachStatus.Open }) status: BreachStatus;
  @Column({ name: 'requested_by', type: 'varchar', length: 200 }) requestedBy: string;
  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true }) withdrawalReason: string | null;
  @Column({ name: 'withdrawn_by', type: 'varchar', length: 200, nullable: true }) withdrawnBy: string | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
}
