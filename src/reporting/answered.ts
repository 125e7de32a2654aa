import { VerificationStatus } from './reporting.types';

/** A supplier's change to a questioned report is its answer: the report goes back for verification. */
export function answered<T extends { verificationStatus: VerificationStatus; verificationReason: string | null }>(report: T): T {
  if (report.verificationStatus === VerificationStatus.Questioned) {
    report.verificationStatus = VerificationStatus.Pending;
    report.verificationReason = null;
  }
  return report;
}
