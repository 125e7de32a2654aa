import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LetterheadMediaType } from '../../common/letterhead';

/** A contracting unit (upphandlande enhet): its suppliers' support contact and its letterhead. */
@Entity('contracting_unit')
export class ContractingUnit {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** As procurements name it, e.g. Arbetsmarknadsnämnden; unique whatever the letter case. */
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ name: 'support_unit', type: 'varchar', length: 200 }) supportUnit: string;
  @Column({ name: 'support_person', type: 'varchar', length: 200, nullable: true }) supportPerson: string | null;
  @Column({ name: 'support_email', type: 'varchar', length: 254, nullable: true }) supportEmail: string | null;
  @Column({ name: 'support_phone', type: 'varchar', length: 40, nullable: true }) supportPhone: string | null;
  /** The image itself is read only where a document is rendered or the file is downloaded. */
  @Column({ type: 'bytea', nullable: true, select: false }) letterhead?: Buffer | null;
  @Column({ name: 'letterhead_type', type: 'varchar', length: 20, nullable: true }) letterheadType: LetterheadMediaType | null;
  @Column({ name: 'letterhead_width', type: 'int', nullable: true }) letterheadWidth: number | null;
  @Column({ name: 'letterhead_height', type: 'int', nullable: true }) letterheadHeight: number | null;
  @Column({ name: 'letterhead_updated_at', type: 'timestamptz', nullable: true }) letterheadUpdatedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
