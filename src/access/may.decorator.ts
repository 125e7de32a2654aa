import { Roles } from '../auth/auth.decorators';
import { Action, rolesFor, rolesForVacancy, VacancyAction } from './access-policy';

/**
 * A route that takes the action on a supplier's record: open to the roles the policy allows it,
 * so the route and the record check read the same rule.
 */
export function May(action: Action): MethodDecorator & ClassDecorator {
  return Roles(...rolesFor(action));
}

/** A route that takes the action on a vacancy or its referrals: open to the roles the policy allows it. */
export function MayOnVacancy(action: VacancyAction): MethodDecorator & ClassDecorator {
  return Roles(...rolesForVacancy(action));
}
