import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../../auth/role';

export enum UserStatus {
  /** Invited, never signed in. */
  Invited = 'INVITED',
  Active = 'ACTIVE',
  /** Refused at the next request: sessions, API keys and sign-in links stop working. */
  Disabled = 'DISABLED',
}

export type Language = 'sv' | 'en';
export const LANGUAGES: Language[] = ['sv', 'en'];

/** A person who uses the service: city staff, or a supplier's employee acting for that supplier. */
@Entity('user_account')
export class UserAccount {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 254 }) email: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 20 }) role: Role;
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true }) supplierId: string | null;
  @Column({ name: 'supplier_admin', type: 'boolean', default: false }) supplierAdmin: boolean;
  @Column({ type: 'varchar', length: 10, default: UserStatus.Invited }) status: UserStatus;
  @Column({ type: 'varchar', length: 2, default: 'sv' }) language: Language;
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true }) lastSignInAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Who created the account: an audit subject (`user:<uuid>`, `cli:<os user>`, a dev token's subject). */
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
