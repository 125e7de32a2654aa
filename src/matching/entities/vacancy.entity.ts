import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PlacementKind, TargetGroup } from '../../clauses/clause.types';
import { VacancyStatus } from '../matching.types';

/**
 * A vacancy an employer announces for the city's matching unit: a supplier (optionally tied to a
 * placements clause of one of its contracts, which a hire then counts toward) or a pact member that
 * is a Jobbpartner, registered by the city on its behalf.
 */
@Entity('vacancy')
export class Vacancy {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true }) supplierId: string | null;
  @Column({ name: 'pact_member_id', type: 'uuid', nullable: true }) pactMemberId: string | null;
  @Column({ name: 'contract_id', type: 'uuid', nullable: true }) contractId: string | null;
  @Column({ name: 'clause_id', type: 'uuid', nullable: true }) clauseId: string | null;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 20 }) kind: PlacementKind;
  @Column({ type: 'int' }) positions: number;
  @Column({ name: 'working_time_percent', type: 'int' }) workingTimePercent: number;
  /** Agreed length in months; null: until further notice. */
  @Column({ name: 'length_months', type: 'int', nullable: true }) lengthMonths: number | null;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  /** Stadsdel or area where the work is done. */
  @Column({ type: 'varchar', length: 100 }) district: string;
  @Column({ type: 'text', default: '' }) requirements: string;
  @Column({ name: 'target_groups', type: 'text', array: true }) targetGroups: TargetGroup[];
  /** The last day the matching unit may refer candidates. */
  @Column({ name: 'referral_deadline', type: 'date' }) referralDeadline: string;
  @Column({ type: 'varchar', length: 10, default: VacancyStatus.Open }) status: VacancyStatus;
  @Column({ name: 'status_changed_on', type: 'date', nullable: true }) statusChangedOn: string | null;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  /** The day it was announced (Stockholm): where "days from vacancy to hire" starts. */
  @Column({ name: 'created_on', type: 'date' }) createdOn: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
