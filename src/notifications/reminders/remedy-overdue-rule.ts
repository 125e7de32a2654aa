import { BreachStatus, isOverdue } from '../../breaches/breach.types';
import { daysBetween } from '../../common/calendar';

/**
 * An OPEN remedy request whose remedy period has passed (the breach rule's `isOverdue`) needs a
 * decision: officers and the pact office hear of it once, the day after its due date or at the
 * first run after that.
 */
export function remedyOverdueAlert(
  request: { remedyRequestId: string; status: string; dueDate: string }, today: string,
): { occasion: string; daysOverdue: number } | null {
  if (!isOverdue(request.status as BreachStatus, request.dueDate, today)) return null;
  return { occasion: `remedy:${request.remedyRequestId}:overdue`, daysOverdue: daysBetween(request.dueDate, today) };
}
