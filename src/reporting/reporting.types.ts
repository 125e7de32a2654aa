/** Gender as the supplier reports it; every result figure is split by it. */
export enum Gender {
  Woman = 'WOMAN',
  Man = 'MAN',
  Other = 'OTHER',
  NotStated = 'NOT_STATED',
}

export enum AgeBand {
  From16To19 = '16-19',
  From20To24 = '20-24',
  From25To29 = '25-29',
  From30To49 = '30-49',
  From50 = '50+',
}

/** The pact office's verdict on a report; a questioned report goes back to the supplier. */
export enum VerificationStatus {
  Pending = 'PENDING',
  Accepted = 'ACCEPTED',
  Questioned = 'QUESTIONED',
}

/**
 * Why a placement ended before its agreed end. The national model (Upphandlingsmyndigheten's
 * sysselsättningskrav) credits the whole agreed time only when the employee left or was dismissed
 * for just cause (saklig grund för uppsägning / skäl för avskedande) after 75 % of it was worked.
 */
export enum EarlyEndReason {
  EmployeeResigned = 'EMPLOYEE_RESIGNED',
  JustCause = 'JUST_CAUSE',
  SupplierEnded = 'SUPPLIER_ENDED',
  Other = 'OTHER',
}

/** A report taken back: by the supplier before verification, or voided by the pact office after it. */
export enum WithdrawalKind {
  Withdrawn = 'WITHDRAWN',
  Voided = 'VOIDED',
}

export enum ReportType {
  Placement = 'PLACEMENT',
  DialogueMeeting = 'DIALOGUE_MEETING',
  InitiativeProgress = 'INITIATIVE_PROGRESS',
}

export enum MeetingKind {
  First = 'FIRST',
  FollowUp = 'FOLLOW_UP',
}

export enum ProgressStatus {
  NotStarted = 'NOT_STARTED',
  InProgress = 'IN_PROGRESS',
  Completed = 'COMPLETED',
}

export enum ClauseStatus {
  NotStarted = 'NOT_STARTED',
  OnTrack = 'ON_TRACK',
  AtRisk = 'AT_RISK',
  Fulfilled = 'FULFILLED',
  NotFulfilled = 'NOT_FULFILLED',
}
