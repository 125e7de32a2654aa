/** A vacancy's life: open for referrals, filled (every position hired), or closed by its employer. */
export enum VacancyStatus {
  Open = 'OPEN',
  Filled = 'FILLED',
  Closed = 'CLOSED',
}

/**
 * Where a referred candidate stands with the employer. The steps run forward: REFERRED →
 * INTERVIEWED → OFFERED → HIRED, or NOT_HIRED from any step before HIRED; HIRED and NOT_HIRED are final.
 */
export enum ReferralOutcome {
  Referred = 'REFERRED',
  Interviewed = 'INTERVIEWED',
  Offered = 'OFFERED',
  Hired = 'HIRED',
  NotHired = 'NOT_HIRED',
}

/** Why a referral did not lead to a hire (the list the employer chooses from). */
export enum NotHiredReason {
  /** The candidate did not come to the interview or did not get in touch. */
  DidNotAttend = 'DID_NOT_ATTEND',
  /** The candidate said no (to the interview, the offer or the terms). */
  CandidateDeclined = 'CANDIDATE_DECLINED',
  /** The candidate lacked a requirement of the vacancy (language, licence, experience …). */
  RequirementsNotMet = 'REQUIREMENTS_NOT_MET',
  /** Another candidate was chosen for the position. */
  OtherCandidateChosen = 'OTHER_CANDIDATE_CHOSEN',
  /** The vacancy was withdrawn or filled before this candidate was considered. */
  VacancyClosed = 'VACANCY_CLOSED',
  Other = 'OTHER',
}

export const OUTCOME_ORDER: readonly ReferralOutcome[] = [
  ReferralOutcome.Referred,
  ReferralOutcome.Interviewed,
  ReferralOutcome.Offered,
  ReferralOutcome.Hired,
];
