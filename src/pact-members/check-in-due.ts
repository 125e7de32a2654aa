import { EntityManager } from 'typeorm';

/**
 * When a current member's annual check-in (årlig avstämning) is due: its last check-in, or the
 * start of its membership when it has had none, plus the configured number of months. Current
 * members are those with a letter valid today. PostgreSQL's month arithmetic clamps to the month's
 * end (31 January + 1 month = 28 or 29 February). The one definition of the rule: the overdue list
 * and the pact office's reminder both read it. Parameters: $1 today, $2 months.
 */
export const CHECK_IN_DUE_SQL = `
  WITH current_member AS (
    SELECT m.id, m.name, m.org_number, l.valid_from, l.valid_to,
           (SELECT max(c.held_on) FROM check_in c WHERE c.member_id = m.id) AS last_check_in_on,
           (SELECT min(f.valid_from) FROM letter_of_intent f WHERE f.member_id = m.id) AS member_since
    FROM pact_member m
    JOIN letter_of_intent l ON l.member_id = m.id AND l.superseded_at IS NULL
    WHERE l.valid_from <= $1::date AND l.valid_to >= $1::date
  ), due AS (
    SELECT *, (COALESCE(last_check_in_on, member_since) + make_interval(months => $2::int))::date AS due_on
    FROM current_member
  )`;

/** A current member whose check-in is due on or before a day. */
export interface CheckInDue {
  memberId: string;
  name: string;
  orgNumber: string;
  lastCheckInOn: string | null;
  dueOn: string;
}

/** Current members whose check-in is due on or before `until`, the longest overdue first. */
export async function checkInsDueBy(manager: EntityManager, today: string, months: number, until: string): Promise<CheckInDue[]> {
  return manager.query(
    `${CHECK_IN_DUE_SQL}
     SELECT id AS "memberId", name, org_number AS "orgNumber", last_check_in_on::text AS "lastCheckInOn", due_on::text AS "dueOn"
     FROM due WHERE due_on <= $3::date
     ORDER BY due_on, id`,
    [today, months, until],
  );
}
