import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PactActivity } from '../pact-member.types';

/** A commitment written into a letter of intent, optionally with a numeric target. */
export interface Commitment {
  description: string;
  target?: number;
  unit?: string;
}

/** One version of a member's letter of intent (avsiktsförklaring); a revision adds a version. */
@Entity('letter_of_intent')
export class LetterOfIntent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId: string;
  @Column({ type: 'int' }) version: number;
  @Column({ name: 'signed_on', type: 'date' }) signedOn: string;
  @Column({ name: 'valid_from', type: 'date' }) validFrom: string;
  /** The last day the letter is valid. */
  @Column({ name: 'valid_to', type: 'date' }) validTo: string;
  @Column({ type: 'text', array: true }) activities: PactActivity[];
  @Column({ type: 'jsonb', default: () => `'[]'` }) commitments: Commitment[];
  @Column({ name: 'change_reason', type: 'text', nullable: true }) changeReason: string | null;
  /** Set when a later version replaced this one; null on the current version. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true }) supersededAt: Date | null;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
