import { Role } from '../auth/role';
import { correctionRefusal, verificationRefusal, withdrawalBy } from './report-lifecycle';
import { VerificationStatus, WithdrawalKind } from './reporting.types';
import { renderText } from '../common/i18n';

const report = (verificationStatus: VerificationStatus, withdrawalKind: WithdrawalKind | null = null) => ({ verificationStatus, withdrawalKind });

describe('report lifecycle', () => {
  it('lets a pending or questioned report be corrected, but not an accepted or withdrawn one', () => {
    expect(correctionRefusal(report(VerificationStatus.Pending))).toBeNull();
    expect(correctionRefusal(report(VerificationStatus.Questioned))).toBeNull();
    expect(correctionRefusal(report(VerificationStatus.Accepted))).toEqual({ code: 'REPORT_ACCEPTED_NO_CORRECTION' });
    expect(correctionRefusal(report(VerificationStatus.Pending, WithdrawalKind.Withdrawn))).toEqual({ code: 'REPORT_TAKEN_BACK_NO_CORRECTION', params: { takenBack: 'WITHDRAWN' } });
  });

  it('lets the supplier withdraw until the report is accepted, and the pact office void it at any time', () => {
    expect(withdrawalBy(Role.Supplier, report(VerificationStatus.Pending))).toEqual({ kind: WithdrawalKind.Withdrawn });
    expect(withdrawalBy(Role.Supplier, report(VerificationStatus.Questioned))).toEqual({ kind: WithdrawalKind.Withdrawn });
    expect(withdrawalBy(Role.Supplier, report(VerificationStatus.Accepted))).toEqual({ refusal: { code: 'REPORT_ACCEPTED_NO_WITHDRAWAL' } });
    expect(withdrawalBy(Role.PactOffice, report(VerificationStatus.Accepted))).toEqual({ kind: WithdrawalKind.Voided });
    expect(withdrawalBy(Role.Admin, report(VerificationStatus.Pending))).toEqual({ kind: WithdrawalKind.Voided });
  });

  it('takes a report back only once, and never verifies one taken back', () => {
    expect(withdrawalBy(Role.PactOffice, report(VerificationStatus.Accepted, WithdrawalKind.Voided))).toEqual({ refusal: { code: 'REPORT_ALREADY_TAKEN_BACK', params: { takenBack: 'VOIDED' } } });
    expect(renderText(verificationRefusal(report(VerificationStatus.Pending, WithdrawalKind.Withdrawn))!, 'en')).toMatch(/withdrawn/);
    expect(renderText(verificationRefusal(report(VerificationStatus.Pending, WithdrawalKind.Withdrawn))!, 'sv')).toMatch(/återkallad/);
    expect(verificationRefusal(report(VerificationStatus.Pending))).toBeNull();
  });
});
