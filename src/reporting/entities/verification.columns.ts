import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { VerificationStatus } from '../reporting.types';

/** Columns every report shares: the pact office's verification and who reported when. */
export abstract class VerifiedReport {
  @Column({ name: 'verification_status', type: 'enum', enum: VerificationStatus, enumName: 'verification_status', default: VerificationStatus.Pending })
  verificationStatus: VerificationStatus;
  @Column({ name: 'verification_reason', type: 'text', nullable: true }) verificationReason: string | null;
  @Column({ name: 'verified_by', type: 'varchar', length: 200, nullable: true }) verifiedBy: string | null;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
