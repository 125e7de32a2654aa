import { Role } from '../auth/role';
import { VerificationStatus, WithdrawalKind } from './reporting.types';
import type { Coded } from '../common/i18n';
import './report-errors.messages';

/** What decides whether a report may still be corrected, verified or taken back. */
export interface ReportState {
  verificationStatus: VerificationStatus;
  withdrawalKind: WithdrawalKind | null;
}


/**
 * Why a report cannot be corrected, or null when it can. A questioned report is being answered, so
 * it stays open; an accepted one is part of the verified record, which only a void takes back.
 */
export function correctionRefusal(report: ReportState): Coded | null {
  if (report.withdrawalKind) return { code: 'REPORT_TAKEN_BACK_NO_CORRECTION', params: { takenBack: report.withdrawalKind } };
  if (report.verificationStatus === VerificationStatus.Accepted) {
    return { code: 'REPORT_ACCEPTED_NO_CORRECTION' };
  }
  return null;
}

/** Why a report cannot be verified, or null: a report taken back has nothing left to verify. */
export function verificationRefusal(report: ReportState): Coded | null {
  return report.withdrawalKind ? { code: 'REPORT_TAKEN_BACK_NO_VERIFICATION', params: { takenBack: report.withdrawalKind } } : null;
}

/**
 * The withdrawal a caller makes: a supplier withdraws its own report until the pact office accepts
 * it; the pact office (or an admin) voids a report at any time. Taken back once, it stays so.
 */
export function withdrawalBy(role: Role, report: ReportState): { kind: WithdrawalKind } | { refusal: Coded } {
  if (report.withdrawalKind) return { refusal: { code: 'REPORT_ALREADY_TAKEN_BACK', params: { takenBack: report.withdrawalKind } } };
  if (role !== Role.Supplier) return { kind: WithdrawalKind.Voided };
  if (report.verificationStatus === VerificationStatus.Accepted) {
    return { refusal: { code: 'REPORT_ACCEPTED_NO_WITHDRAWAL' } };
  }
  return { kind: WithdrawalKind.Withdrawn };
}
