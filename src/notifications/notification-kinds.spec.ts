import { Role } from '../auth/role';
import { KIND_AUDIENCE, kindsFor, NOTIFICATION_KINDS, NotificationKind } from './notification-kinds';

describe('notification kinds', () => {
  it('gives every kind an audience, and none to admins, who follow up nothing themselves', () => {
    for (const kind of NOTIFICATION_KINDS) expect(KIND_AUDIENCE[kind].length).toBeGreaterThan(0);
    expect(kindsFor(Role.Admin)).toEqual([]);
  });

  it('sends suppliers their own follow-up, staff the deviations, the pact office also the register', () => {
    expect(kindsFor(Role.Supplier)).toEqual([
      NotificationKind.ReportDueSoon, NotificationKind.ReportOverdue, NotificationKind.ReportQuestioned,
      NotificationKind.RemedyRequested, NotificationKind.RemedyDueSoon, NotificationKind.ClauseAtRisk,
      NotificationKind.NewReferral, NotificationKind.ReferralOutcomeOverdue,
    ]);
    expect(kindsFor(Role.Officer)).toEqual([NotificationKind.ClauseDeviation, NotificationKind.RemedyOverdue, NotificationKind.OverdueReportsDigest]);
    expect(kindsFor(Role.PactOffice)).toEqual([
      NotificationKind.ClauseDeviation, NotificationKind.RemedyOverdue, NotificationKind.OverdueReportsDigest,
      NotificationKind.LetterExpiring, NotificationKind.LetterExpired, NotificationKind.CheckInDue,
    ]);
  });

  it('tells the matching unit of new vacancies, and nothing about clauses or reports', () => {
    expect(kindsFor(Role.Matcher)).toEqual([NotificationKind.NewVacancy]);
  });
});
