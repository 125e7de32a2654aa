import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { VerificationStatus, WithdrawalKind } from '../reporting.types';

/** Columns every report shares: the pact office's verification, its withdrawal, and who reported when. */
export abstract class VerifiedReport {
  @Column({ name: 'verification_status', type: 'enum', enum: VerificationStatus, enumName: 'verification_status', default: VerificationStatus.Pending })
  verificationStatus: VerificationStatus;
  @Column({ name: 'verification_reason', type: 'text', nullable: true }) verificationReason: string | null;
  @Column({ name: 'verified_by', type: 'varchar', length: 200, nullable: true }) verifiedBy: string | null;
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  /** Set when the report was withdrawn or voided; such a report counts nowhere. */
  @Column({ name: 'withdrawal_kind', type: 'varchar', length: 10, nullable: true }) withdrawalKind: WithdrawalKind | null;
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true }) withdrawalReason: string | null;
  @Column({ name: 'withdrawn_by', type: 'varchar', length: 200, nullable: true }) withdrawnBy: string | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Column({ name: 'created_by', type: 'varchar', length: 200 }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
