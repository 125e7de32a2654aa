import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Procurement } from '../../procurements/entities/procurement.entity';
import { Supplier } from '../../suppliers/entities/supplier.entity';

/** The award of a procurement: the winning supplier and the contract period that follow-up covers. */
@Entity('contract')
export class Contract {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'procurement_id', type: 'uuid' }) procurementId: string;
  @OneToOne(() => Procurement) @JoinColumn({ name: 'procurement_id' }) procurement?: Procurement;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId: string;
  @ManyToOne(() => Supplier) @JoinColumn({ name: 'supplier_id' }) supplier?: Supplier;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date' }) endDate: string;
  @Column({ name: 'awarded_by', type: 'varchar', length: 200 }) awardedBy: string;
  @CreateDateColumn({ name: 'awarded_at', type: 'timestamptz' }) awardedAt: Date;
}
