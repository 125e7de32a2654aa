import { ClauseParameters, ClauseType, TargetGroup } from '../../clauses/clause.types';
import { clauseStatus, MeetingFact, ProgressFact } from '../../reporting/clause-status';
import { storedEarnings } from '../../reporting/clause-outcomes';
import { outcomeValues } from '../../reporting/clause-outcome.repository';
import { PlacementFact } from '../../reporting/placements-progress';
import type { Row } from './generate';

/** One followed clause of a contract with every report the demo data gives it. */
export interface ClauseFacts {
  contractId: string;
  clauseId: string;
  type: ClauseType;
  parameters: ClauseParameters;
  targetGroups: TargetGroup[];
  contract: { startDate: string; endDate: string };
  placements: PlacementFact[];
  meetings: MeetingFact[];
  progress: ProgressFact[];
}

/**
 * What the service would store for a clause on `today` (src/reporting/clause-outcomes.ts): the
 * same pure rule, so the loaded data set needs no refresh. Gives the clause_outcome row and, in
 * the order of `facts.placements`, each placement's earning columns (counts, delivered, first
 * month, monthly earnings as an array literal).
 */
export function evaluateDemoClause(facts: ClauseFacts, today: string): { outcome: Row; earnings: Row[] } {
  const result = clauseStatus({ ...facts, today });
  const outcome = outcomeValues(facts.contractId, facts.clauseId, today, result);
  // placementOutcomes keeps the order of the facts, one outcome per placement.
  const earnings = storedEarnings(result).map((e) => [e.counts, e.delivered, e.firstMonth, e.byMonth]);
  return { outcome, earnings };
}
