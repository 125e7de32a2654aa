/** Where a remedy request (begäran om rättelse) stands. */
export enum BreachStatus {
  Open = 'OPEN',
  Decided = 'DECIDED',
  Withdrawn = 'WITHDRAWN',
}

/** The decision after the remedy period: a penalty (vite) as the clause's terms compute it, or waived. */
export enum BreachOutcome {
  Penalty = 'PENALTY',
  Waived = 'WAIVED',
}

/** What a clause's penalty is counted in. */
export enum PenaltyUnit {
  FullTimeMonth = 'FULL_TIME_MONTH',
  Meeting = 'MEETING',
  Milestone = 'MILESTONE',
}
