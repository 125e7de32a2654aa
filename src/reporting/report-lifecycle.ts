import { Role } from '../auth/role';
import { VerificationStatus, WithdrawalKind } from './reporting.types';

/** What decides whether a report may still be corrected, verified or taken back. */
export interface ReportState {
  verificationStatus: VerificationStatus;
  withdrawalKind: WithdrawalKind | null;
}

const TAKEN_BACK: Record<WithdrawalKind, string> = { [WithdrawalKind.Withdrawn]: 'withdrawn', [WithdrawalKind.Voided]: 'voided' };

/**
 * Why a report cannot be corrected, or null when it can. A questioned report is being answered, so
 * it stays open; an accepted one is part of the verified record, which only a void takes back.
 */
export function correctionRefusal(report: ReportState): string | null {
  if (report.withdrawalKind) return `This report was ${TAKEN_BACK[report.withdrawalKind]} and can no longer be corrected`;
  if (report.verificationStatus === VerificationStatus.Accepted) {
    return 'This report is verified (ACCEPTED) and can no longer be corrected; only the pact office can void it, with a reason';
  }
  return null;
}

/** Why a report cannot be verified, or null: a report taken back has nothing left to verify. */
export function verificationRefusal(report: ReportState): string | null {
  return report.withdrawalKind ? `This report was ${TAKEN_BACK[report.withdrawalKind]} and can no longer be verified` : null;
}

/**
 * The withdrawal a caller makes: a supplier withdraws its own report until the pact office accepts
 * it; the pact office (or an admin) voids a report at any time. Taken back once, it stays so.
 */
export function withdrawalBy(role: Role, report: ReportState): { kind: WithdrawalKind } | { refusal: string } {
  if (report.withdrawalKind) return { refusal: `This report was already ${TAKEN_BACK[report.withdrawalKind]}` };
  if (role !== Role.Supplier) return { kind: WithdrawalKind.Voided };
  if (report.verificationStatus === VerificationStatus.Accepted) {
    return { refusal: 'This report is verified (ACCEPTED); only the pact office can void it, with a reason' };
  }
  return { kind: WithdrawalKind.Withdrawn };
}
