import { Role } from '../auth/role';
import { correctionRefusal, verificationRefusal, withdrawalBy } from './report-lifecycle';
import { VerificationStatus, WithdrawalKind } from './reporting.types';

const report = (verificationStatus: VerificationStatus, withdrawalKind: WithdrawalKind | null = null) => ({ verificationStatus, withdrawalKind });

describe('report lifecycle', () => {
  it('lets a pending or questioned report be corrected, but not an accepted or withdrawn one', () => {
    expect(correctionRefusal(report(VerificationStatus.Pending))).toBeNull();
    expect(correctionRefusal(report(VerificationStatus.Questioned))).toBeNull();
    expect(correctionRefusal(report(VerificationStatus.Accepted))).toMatch(/only the pact office can void it/);
    expect(correctionRefusal(report(VerificationStatus.Pending, WithdrawalKind.Withdrawn))).toMatch(/withdrawn/);
  });

  it('lets the supplier withdraw until the report is accepted, and the pact office void it at any time', () => {
    expect(withdrawalBy(Role.Supplier, report(VerificationStatus.Pending))).toEqual({ kind: WithdrawalKind.Withdrawn });
    expect(withdrawalBy(Role.Supplier, report(VerificationStatus.Questioned))).toEqual({ kind: WithdrawalKind.Withdrawn });
    expect(withdrawalBy(Role.Supplier, report(VerificationStatus.Accepted))).toEqual({ refusal: expect.stringMatching(/only the pact office/) });
    expect(withdrawalBy(Role.PactOffice, report(VerificationStatus.Accepted))).toEqual({ kind: WithdrawalKind.Voided });
    expect(withdrawalBy(Role.Admin, report(VerificationStatus.Pending))).toEqual({ kind: WithdrawalKind.Voided });
  });

  it('takes a report back only once, and never verifies one taken back', () => {
    expect(withdrawalBy(Role.PactOffice, report(VerificationStatus.Accepted, WithdrawalKind.Voided))).toEqual({ refusal: 'This report was already voided' });
    expect(verificationRefusal(report(VerificationStatus.Pending, WithdrawalKind.Withdrawn))).toMatch(/withdrawn/);
    expect(verificationRefusal(report(VerificationStatus.Pending))).toBeNull();
  });
});
