import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PactMemberKind, SizeBand } from '../pact-member.types';

@Entity('pact_member')
export class PactMember {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ name: 'org_number', type: 'char', length: 11 }) orgNumber: string;
  @Column({ type: 'enum', enum: PactMemberKind, enumName: 'pact_member_kind' }) kind: PactMemberKind;
  /** Bransch, e.g. Bygg or Vård och omsorg. */
  @Column({ type: 'varchar', length: 100 }) sector: string;
  @Column({ name: 'size_band', type: 'enum', enum: SizeBand, enumName: 'pact_member_size_band' }) sizeBand: SizeBand;
  @Column({ name: 'contact_name', type: 'varchar', length: 200 }) contactName: string;
  @Column({ name: 'contact_email', type: 'varchar', length: 254 }) contactEmail: string;
  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true }) contactPhone: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
