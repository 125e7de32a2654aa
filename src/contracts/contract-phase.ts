/** Where a contract stands in its period: not begun, running, or over. */
export enum ContractPhase {
  Upcoming = 'UPCOMING',
  Active = 'ACTIVE',
  Ended = 'ENDED',
}

/** The contract's phase on `today` (all YYYY-MM-DD); the start and end days belong to the period. */
export function contractPhase(startDate: string, endDate: string, today: string): ContractPhase {
  if (today < startDate) return ContractPhase.Upcoming;
  if (today > endDate) return ContractPhase.Ended;
  return ContractPhase.Active;
}

/**
 * The same rule as a SQL condition on a contract aliased `alias`, with `:today` as a parameter,
 * for filtering a list in the database; test/list-filters.e2e-spec.ts checks the list against the function.
 */
export function contractPhaseSql(phase: ContractPhase, alias: string): string {
  switch (phase) {
    case ContractPhase.Upcoming:
      return `CAST(:today AS date) < ${alias}.start_date`;
    case ContractPhase.Ended:
      return `CAST(:today AS date) > ${alias}.end_date`;
    case ContractPhase.Active:
      return `CAST(:today AS date) BETWEEN ${alias}.start_date AND ${alias}.end_date`;
  }
}
