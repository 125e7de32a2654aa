import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Clause } from '../../clauses/entities/clause.entity';
import { DEFAULT_BUYER_NAME, LabourIntensity, ProcurementKind, ProcurementStatus } from '../procurement.types';

const bigintAsNumber = { to: (v?: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('procurement')
export class Procurement {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Diary number (diarienummer), e.g. AMN 2026-0178. */
  @Column({ name: 'reference_number', type: 'varchar', length: 40 }) referenceNumber: string;
  @Column({ type: 'varchar', length: 300 }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  /** The committee or administration that buys, e.g. Arbetsmarknadsnämnden. */
  @Column({ name: 'contracting_unit', type: 'varchar', length: 200 }) contractingUnit: string;
  /** The party to the contract, "Beställaren" in the clause texts: the city itself or a city company. */
  @Column({ name: 'buyer_name', type: 'varchar', length: 200, default: DEFAULT_BUYER_NAME }) buyerName: string;
  @Column({ type: 'enum', enum: ProcurementKind, enumName: 'procurement_kind' }) kind: ProcurementKind;
  @Column({ name: 'estimated_value_sek', type: 'bigint', transformer: bigintAsNumber }) estimatedValueSek: number;
  @Column({ name: 'duration_months', type: 'int' }) durationMonths: number;
  @Column({ name: 'labour_intensity', type: 'enum', enum: LabourIntensity, enumName: 'labour_intensity' })
  labourIntensity: LabourIntensity;
  @Column({ name: 'framework_agreement', type: 'boolean', default: false }) frameworkAgreement: boolean;
  /** Share of the contract value that is labour cost (1–100); null: the screening's default for the kind. */
  @Column({ name: 'labour_cost_percent', type: 'int', nullable: true }) labourCostPercent: number | null;
  @Column({ name: 'cpv_code', type: 'varchar', length: 12, nullable: true }) cpvCode: string | null;
  @Column({ type: 'enum', enum: ProcurementStatus, enumName: 'procurement_status', default: ProcurementStatus.Draft })
  status: ProcurementStatus;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @OneToMany(() => Clause, (clause) => clause.procurement) clauses?: Clause[];
}
