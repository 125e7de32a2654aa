import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InvitationOutcome } from '../pact-member.types';

/** An invitation to an awarded supplier that is not a member to join the pact, and its outcome. */
@Entity('pact_invitation')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId: string;
  @Column({ name: 'invited_on', type: 'date' }) invitedOn: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'enum', enum: InvitationOutcome, enumName: 'pact_invitation_outcome', default: InvitationOutcome.Pending })
  outcome: InvitationOutcome;
  @Column({ name: 'outcome_on', type: 'date', nullable: true }) outcomeOn: string | null;
  @Column({ name: 'outcome_note', type: 'text', nullable: true }) outcomeNote: string | null;
  /** The member the supplier joined as, when the outcome is JOINED. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true }) memberId: string | null;
  @Column({ name: 'invited_by', type: 'varchar', length: 200 }) invitedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
