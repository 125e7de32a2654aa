import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Procurement } from '../../procurements/entities/procurement.entity';
import { ClauseType } from '../clause.types';
import { ClauseVersion } from './clause-version.entity';

/** A social clause of a procurement; its content lives in versions, the latest being current. */
@Entity('clause')
export class Clause {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'procurement_id', type: 'uuid' }) procurementId: string;
  @ManyToOne(() => Procurement, (p) => p.clauses, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'procurement_id' })
  procurement?: Procurement;
  /** Clause number within the procurement (1, 2, …), as printed in the tender annex. */
  @Column({ type: 'int' }) number: number;
  @Column({ type: 'enum', enum: ClauseType, enumName: 'clause_type' }) type: ClauseType;
  @Column({ name: 'current_version', type: 'int', default: 1 }) currentVersion: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @OneToMany(() => ClauseVersion, (v) => v.clause) versions?: ClauseVersion[];
}
