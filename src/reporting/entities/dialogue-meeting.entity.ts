import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingKind } from '../reporting.types';
import { VerifiedReport } from './verification.columns';

/** A meeting held under a dialogue clause, with its recorded outcome. */
@Entity('dialogue_meeting')
export class DialogueMeeting extends VerifiedReport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @Column({ name: 'meeting_kind', type: 'varchar', length: 20 }) meetingKind: MeetingKind;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ type: 'text' }) participants: string;
  @Column({ type: 'text' }) outcome: string;
}
