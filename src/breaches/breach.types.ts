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

/** An OPEN request whose due date has passed: the remedy period is over and a decision is due. */
export function isOverdue(status: BreachStatus, dueDate: string, today: string): boolean {
  return status === BreachStatus.Open && today > dueDate;
}
