import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClauseParameters, TargetGroup } from '../clause.types';
import { Clause } from './clause.entity';

/**
 * One version of a clause. While the procurement is a draft the current version is edited in
 * place; after publication a change creates a new version with a reason, and published versions
 * are never changed.
 */
@Entity('clause_version')
export class ClauseVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @ManyToOne(() => Clause, (c) => c.versions, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'clause_id' }) clause?: Clause;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ name: 'target_groups', type: 'text', array: true }) targetGroups: TargetGroup[];
  @Column({ type: 'jsonb' }) parameters: ClauseParameters;
  /** Follow-up reporting interval after award; 3 = quarterly. */
  @Column({ name: 'reporting_interval_months', type: 'int', default: 3 }) reportingIntervalMonths: number;
  @Column({ name: 'change_reason', type: 'text', nullable: true }) changeReason: string | null;
  /** Set when this version went out in a published tender; it is then frozen. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
