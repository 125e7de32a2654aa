import { Role } from '../auth/role';

/** Every reminder and alert the service sends; the value is stored in `notification.kind`. */
export enum NotificationKind {
  // to a supplier's users
  /** A reporting period not yet submitted is due within N days (today included). */
  ReportDueSoon = 'REPORT_DUE_SOON',
  /** A reporting period is unsubmitted after its due date; again every M days. */
  ReportOverdue = 'REPORT_OVERDUE',
  /** The pact office questioned a report (sent in the questioning transaction). */
  ReportQuestioned = 'REPORT_QUESTIONED',
  /** The buyer issued a remedy request, begäran om rättelse (sent in that transaction). */
  RemedyRequested = 'REMEDY_REQUESTED',
  /** An open remedy request is due within N days. */
  RemedyDueSoon = 'REMEDY_DUE_SOON',
  /** The supplier's clause turned AT_RISK. */
  ClauseAtRisk = 'CLAUSE_AT_RISK',
  /** The city's matching unit referred a candidate to one of the supplier's vacancies (sent in that transaction). */
  NewReferral = 'NEW_REFERRAL',
  /** A referral still has no final outcome REFERRAL_OUTCOME_DAYS after it was made; again every M days. */
  ReferralOutcomeOverdue = 'REFERRAL_OUTCOME_OVERDUE',
  // to the responsible officers and the pact office
  /** A clause turned AT_RISK or NOT_FULFILLED. */
  ClauseDeviation = 'CLAUSE_DEVIATION',
  /** An open remedy request is past its due date. */
  RemedyOverdue = 'REMEDY_OVERDUE',
  /** Weekly: the overdue reports, grouped per contract. */
  OverdueReportsDigest = 'OVERDUE_REPORTS_DIGEST',
  // to the pact office
  /** A member's current letter of intent ends within N days. */
  LetterExpiring = 'LETTER_EXPIRING',
  /** A member's letter of intent has ended, and no newer one has come (within the last 30 days). */
  LetterExpired = 'LETTER_EXPIRED',
  /** A current member's annual check-in is due within N days, or overdue. */
  CheckInDue = 'CHECK_IN_DUE',
  // to the matching unit
  /** A supplier or a pact member posted a vacancy (sent in that transaction). */
  NewVacancy = 'NEW_VACANCY',
}

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

const SUPPLIER = [Role.Supplier];
const STAFF = [Role.Officer, Role.PactOffice];
const PACT_OFFICE = [Role.PactOffice];
const MATCHER = [Role.Matcher];

/** Which roles may receive (and so switch off) each kind. */
export const KIND_AUDIENCE: Record<NotificationKind, Role[]> = {
  [NotificationKind.ReportDueSoon]: SUPPLIER,
  [NotificationKind.ReportOverdue]: SUPPLIER,
  [NotificationKind.ReportQuestioned]: SUPPLIER,
  [NotificationKind.RemedyRequested]: SUPPLIER,
  [NotificationKind.RemedyDueSoon]: SUPPLIER,
  [NotificationKind.ClauseAtRisk]: SUPPLIER,
  [NotificationKind.NewReferral]: SUPPLIER,
  [NotificationKind.ReferralOutcomeOverdue]: SUPPLIER,
  [NotificationKind.ClauseDeviation]: STAFF,
  [NotificationKind.RemedyOverdue]: STAFF,
  [NotificationKind.OverdueReportsDigest]: STAFF,
  [NotificationKind.LetterExpiring]: PACT_OFFICE,
  [NotificationKind.LetterExpired]: PACT_OFFICE,
  [NotificationKind.CheckInDue]: PACT_OFFICE,
  [NotificationKind.NewVacancy]: MATCHER,
};

/** The kinds a role receives, in the order above. */
export function kindsFor(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => KIND_AUDIENCE[kind].includes(role));
}

/** What a notification is about; with `subject_id` it says which list row a reminder belongs to. */
export const SUBJECT_TYPES = [
  'reporting_period',
  'placement',
  'dialogue_meeting',
  'initiative_progress',
  'remedy_request',
  'clause_outcome',
  'letter_of_intent',
  'pact_member',
  'digest',
  'vacancy',
  'referral',
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** How notifications about a clause outcome name it (subject_id of `clause_outcome`): `<contractId>:<clauseId>`. */
export const clauseOutcomeSubject = (row: { contractId: string; clauseId: string }): string => `${row.contractId}:${row.clauseId}`;
