import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { BreachOutcome } from '../breach.types';
import { Lang } from '../../clauses/text/labels';
import { PenaltyCalculation } from '../penalty';

const bigintAsNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/** The decision on a remedy request once its remedy period is over; never changed. */
@Entity('breach_decision')
export class BreachDecision {
  @PrimaryColumn({ name: 'remedy_request_id', type: 'uuid' }) remedyRequestId: string;
  @Column({ name: 'contract_id', type: 'uuid' }) contractId: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId: string;
  @Column({ type: 'varchar', length: 10 }) outcome: BreachOutcome;
  /** The day the delivered figures were judged at. */
  @Column({ name: 'as_of', type: 'date' }) asOf: string;
  /** 0 when waived. */
  @Column({ name: 'amount_sek', type: 'bigint', transformer: bigintAsNumber }) amountSek: number;
  /** What a penalty was at asOf, in each language, as decided (also for a waiver: what was waived). */
  @Column({ type: 'jsonb' }) calculation: Record<Lang, PenaltyCalculation>;
  @Column({ type: 'text', nullable: true }) motivation: string | null;
  @Column({ name: 'decided_by', type: 'varchar', length: 200 }) decidedBy: string;
  /** The decision's date in Stockholm: the letter's date, and the day the results count it. */
  @Column({ name: 'decided_on', type: 'date' }) decidedOn: string;
  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' }) decidedAt: Date;
}
