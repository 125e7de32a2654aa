import { EntityManager } from 'typeorm';
import { ReminderSentDto } from './dto/reminder-sent.dto';
import { SubjectType } from './notification-kinds';
import { NotificationsRepository } from './notifications.repository';

/**
 * A page of list items, each with when its reminders went out: one query for the whole page, not
 * one per row. `subjectIdOf` names the row the way the notifications do (see SubjectType).
 */
export async function withReminders<T extends object>(
  notifications: NotificationsRepository,
  manager: EntityManager,
  subjectType: SubjectType,
  items: T[],
  subjectIdOf: (item: T) => string,
): Promise<(T & { reminder: ReminderSentDto | null })[]> {
  const sent = await notifications.lastSentBySubject(manager, subjectType, [...new Set(items.map(subjectIdOf))]);
  return items.map((item) => ({ ...item, reminder: sent.get(subjectIdOf(item)) ?? null }));
}
