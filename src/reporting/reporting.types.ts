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
