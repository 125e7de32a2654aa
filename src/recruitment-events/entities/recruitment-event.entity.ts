import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AgeBand, Gender } from '../../reporting/reporting.types';

/** A recruitment event (rekryteringstillfälle): employers meet candidates; recorded as counts only. */
@Entity('recruitment_event')
export class RecruitmentEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 200 }) organiser: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) district: string | null;
  @Column({ type: 'int', default: 0 }) interviews: number;
  @Column({ type: 'int', default: 0 }) offers: number;
  @Column({ type: 'int', default: 0 }) hires: number;
  @Column({ name: 'outcome_notes', type: 'text', default: '' }) outcomeNotes: string;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** A supplier or pact member taking part in an event (exactly one of the two). */
@Entity('recruitment_event_participant')
export class RecruitmentEventParticipant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true }) supplierId: string | null;
  @Column({ name: 'pact_member_id', type: 'uuid', nullable: true }) pactMemberId: string | null;
}

/** How many candidates of one gender and age band attended an event. */
@Entity('recruitment_event_attendance')
export class RecruitmentEventAttendance {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId: string;
  @PrimaryColumn({ type: 'enum', enum: Gender, enumName: 'placement_gender' }) gender: Gender;
  @PrimaryColumn({ name: 'age_band', type: 'enum', enum: AgeBand, enumName: 'placement_age_band' }) ageBand: AgeBand;
  @Column({ type: 'int' }) attendees: number;
}
