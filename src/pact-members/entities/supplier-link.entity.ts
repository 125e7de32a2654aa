import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LinkMatch } from '../pact-member.types';

/** A supplier that is (part of) a pact member; a supplier links to at most one member. */
@Entity('pact_member_supplier_link')
export class SupplierLink {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId: string;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId: string;
  @Column({ name: 'matched_by', type: 'varchar', length: 20 }) matchedBy: LinkMatch;
  @Column({ name: 'linked_by', type: 'varchar', length: 200 }) linkedBy: string;
  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' }) linkedAt: Date;
}
