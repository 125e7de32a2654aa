import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An annual check-in (årlig avstämning) between the city and a member. */
@Entity('check_in')
export class CheckIn {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn: string;
  @Column({ type: 'text', array: true }) participants: string[];
  @Column({ type: 'text', default: '' }) notes: string;
  @Column({ name: 'follow_up_actions', type: 'text', array: true, default: () => `'{}'` }) followUpActions: string[];
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
