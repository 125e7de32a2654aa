import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PlacementKind, TargetGroup } from '../../clauses/clause.types';
import { AgeBand, EarlyEndReason, Gender } from '../reporting.types';
import { VerifiedReport } from './verification.columns';

/**
 * A placement offered (and perhaps filled) under a placements clause. The person is known only by
 * the supplier's pseudonymous reference, unique per supplier across all its contracts.
 */
@Entity('placement')
export class Placement extends VerifiedReport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @Column({ type: 'varchar', length: 60 }) reference: string;
  @Column({ type: 'varchar', length: 20 }) kind: PlacementKind;
  @Column({ name: 'offered_date', type: 'date' }) offeredDate: string;
  @Column({ type: 'boolean' }) filled: boolean;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate: string | null;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate: string | null;
  /** Set when the placement ended before its agreed end date. */
  @Column({ name: 'early_end_date', type: 'date', nullable: true }) earlyEndDate: string | null;
  /** Why it ended early; set exactly when earlyEndDate is. */
  @Column({ name: 'early_end_reason', type: 'varchar', length: 20, nullable: true }) earlyEndReason: EarlyEndReason | null;
  @Column({ name: 'working_time_percent', type: 'int' }) workingTimePercent: number;
  @Column({ name: 'target_group', type: 'varchar', length: 30 }) targetGroup: TargetGroup;
  @Column({ type: 'enum', enum: Gender, enumName: 'placement_gender' }) gender: Gender;
  @Column({ name: 'age_band', type: 'enum', enum: AgeBand, enumName: 'placement_age_band' }) ageBand: AgeBand;
  /** Whether the person belongs to the establishment programme (etableringsprogrammet). */
  @Column({ name: 'establishment_programme', type: 'boolean' }) establishmentProgramme: boolean;
  /** The city's referral this placement came from (a hire through matching); null when reported by the supplier alone. */
  @Column({ name: 'referral_id', type: 'uuid', nullable: true }) referralId: string | null;
  /** The target group was attested by the city (the referral's), so no evidence of it is needed. */
  @Column({ name: 'target_group_attested', type: 'boolean', default: false }) targetGroupAttested: boolean;
}
