import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Coded } from '../../common/i18n';
import { ScreeningRecommendation } from '../procurement.types';
import { Procurement } from './procurement.entity';

/**
 * The officer's recorded screening decision ("art och omfattning"), kept with what the screening
 * recommended at the time. Each new decision is a new row; the latest one counts.
 */
@Entity('screening_decision')
export class ScreeningDecision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'procurement_id', type: 'uuid' }) procurementId: string;
  @ManyToOne(() => Procurement, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'procurement_id' }) procurement?: Procurement;
  /**
   * The screening's output when the decision was made: recommendations, volume, reasons (codes;
   * plain English strings on decisions recorded before reasons had codes, shown as they are).
   */
  @Column({ type: 'jsonb' }) screening: {
    recommendations: ScreeningRecommendation[];
    suggestedFullTimeMonths: number;
    reasons: (Coded | string)[];
  };
  /** true: clauses are set; false: the officer decided that no clause suits this procurement. */
  @Column({ name: 'clauses_set', type: 'boolean' }) clausesSet: boolean;
  @Column({ type: 'text' }) motivation: string;
  /**
   * Upphandlingsmyndigheten's suitability checklist: is there a political mandate, a named matching
   * contact at the city, a regional network? null on decisions recorded before it was asked.
   */
  @Column({ name: 'political_mandate', type: 'boolean', nullable: true }) politicalMandate: boolean | null;
  @Column({ name: 'matching_contact', type: 'boolean', nullable: true }) matchingContact: boolean | null;
  @Column({ name: 'regional_network', type: 'boolean', nullable: true }) regionalNetwork: boolean | null;
  @Column({ name: 'decided_by', type: 'varchar', length: 200 }) decidedBy: string;
  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' }) decidedAt: Date;
}
