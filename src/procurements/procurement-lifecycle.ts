import { ProcurementStatus } from './procurement.types';

const { Draft, Published, Awarded, Completed, Cancelled } = ProcurementStatus;

/**
 * Every legal status change of a procurement. The award (PUBLISHED → AWARDED) is made by the
 * contracts module; a procurement may be cancelled at any point before it is completed.
 */
export const PROCUREMENT_TRANSITIONS: Readonly<Record<ProcurementStatus, readonly ProcurementStatus[]>> = {
  [Draft]: [Published, Cancelled],
  [Published]: [Awarded, Cancelled],
  [Awarded]: [Completed, Cancelled],
  [Completed]: [],
  [Cancelled]: [],
};

/** Why a procurement cannot move to a status, as a code of procurement.messages.ts. */
const WHY_NOT: Record<ProcurementStatus, string> = {
  [Draft]: 'PROCUREMENT_NO_RETURN_TO_DRAFT',
  [Published]: 'PROCUREMENT_ONLY_DRAFT_PUBLISHED',
  [Awarded]: 'PROCUREMENT_ONLY_PUBLISHED_AWARDED',
  [Completed]: 'PROCUREMENT_ONLY_AWARDED_COMPLETED',
  [Cancelled]: 'PROCUREMENT_CANNOT_CANCEL',
};

export type TransitionCheck = { allowed: true } | { allowed: false; code: string };

/** Whether a procurement in `from` may move to `to`, and if not, the code saying why. */
export function checkTransition(from: ProcurementStatus, to: ProcurementStatus): TransitionCheck {
  if (PROCUREMENT_TRANSITIONS[from].includes(to)) return { allowed: true };
  return { allowed: false, code: from === to ? 'PROCUREMENT_ALREADY_IN_STATUS' : WHY_NOT[to] };
}

/** Whether the procurement's drafted content (facts, clauses, screening) may still be edited in place. */
export function isDraft(status: ProcurementStatus): boolean {
  return status === Draft;
}
