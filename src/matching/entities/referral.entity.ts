import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TargetGroup } from '../../clauses/clause.types';
import { AgeBand, Gender } from '../../reporting/reporting.types';
import { NotHiredReason, ReferralOutcome } from '../matching.types';

/**
 * A candidate the matching unit refers to a vacancy, known only by a code the service generates and
 * the facts a placement report needs. The target group is attested by the city.
 */
@Entity('referral')
export class Referral {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'vacancy_id', type: 'uuid' }) vacancyId: string;
  @Column({ type: 'varchar', length: 20 }) code: string;
  @Column({ name: 'target_group', type: 'varchar', length: 30 }) targetGroup: TargetGroup;
  @Column({ type: 'enum', enum: Gender, enumName: 'placement_gender' }) gender: Gender;
  @Column({ name: 'age_band', type: 'enum', enum: AgeBand, enumName: 'placement_age_band' }) ageBand: AgeBand;
  @Column({ name: 'establishment_programme', type: 'boolean' }) establishmentProgramme: boolean;
  @Column({ name: 'referred_on', type: 'date' }) referredOn: string;
  @Column({ name: 'referred_by', type: 'varchar', length: 200 }) referredBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'varchar', length: 20, default: ReferralOutcome.Referred }) outcome: ReferralOutcome;
  @Column({ name: 'interviewed_on', type: 'date', nullable: true }) interviewedOn: string | null;
  @Column({ name: 'offered_on', type: 'date', nullable: true }) offeredOn: string | null;
  /** The day the hire was agreed: where "days from vacancy to hire" ends. */
  @Column({ name: 'hired_on', type: 'date', nullable: true }) hiredOn: string | null;
  @Column({ name: 'hired_start_date', type: 'date', nullable: true }) hiredStartDate: string | null;
  @Column({ name: 'hired_end_date', type: 'date', nullable: true }) hiredEndDate: string | null;
  @Column({ name: 'hired_working_time_percent', type: 'int', nullable: true }) hiredWorkingTimePercent: number | null;
  @Column({ name: 'not_hired_reason', type: 'varchar', length: 30, nullable: true }) notHiredReason: NotHiredReason | null;
  @Column({ name: 'not_hired_on', type: 'date', nullable: true }) notHiredOn: string | null;
  @Column({ name: 'outcome_by', type: 'varchar', length: 200, nullable: true }) outcomeBy: string | null;
  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true }) outcomeAt: Date | null;
}
