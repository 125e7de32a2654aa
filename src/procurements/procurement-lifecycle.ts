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

const WHY_NOT: Partial<Record<ProcurementStatus, string>> = {
  [Published]: 'only a draft can be published',
  [Awarded]: 'only a published procurement can be awarded',
  [Completed]: 'only an awarded procurement can be completed',
  [Cancelled]: 'a completed or cancelled procurement cannot be cancelled',
};

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

/** Whether a procurement in `from` may move to `to`, and if not, why in plain words. */
export function checkTransition(from: ProcurementStatus, to: ProcurementStatus): TransitionCheck {
  if (PROCUREMENT_TRANSITIONS[from].includes(to)) return { allowed: true };
  const reason =
    from === to
      ? `the procurement is already ${from}`
      : `a ${from} procurement cannot become ${to}: ${WHY_NOT[to] ?? 'no procurement returns to draft'}`;
  return { allowed: false, reason };
}

/** Whether the procurement's drafted content (facts, clauses, screening) may still be edited in place. */
export function isDraft(status: ProcurementStatus): boolean {
  return status === Draft;
}
