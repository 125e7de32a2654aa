import { EntityManager } from 'typeorm';
import { Page } from '../common/pagination';
import type { Language } from '../users/entities/user-account.entity';
import type { NotificationKind, SubjectType } from './notification-kinds';

/** A notification as the user's list reads it: the stored parameters, rendered when read. */
export interface StoredNotification {
  id: string;
  kind: NotificationKind;
  params: Record<string, unknown>;
  subjectType: SubjectType;
  subjectId: string;
  contractId: string | null;
  emailed: boolean;
  createdAt: Date;
  readAt: Date | null;
}

/** One occasion to record for some users. */
export interface NewNotifications {
  userIds: string[];
  kind: string;
  occasion: string;
  subjectType: SubjectType;
  subjectId: string;
  contractId: string | null;
  params: object;
}

/** When reminders about one subject went out. */
export interface ReminderSent {
  lastSentAt: string;
  /** Distinct occasions (a repeated overdue reminder counts each time), whoever received them. */
  count: number;
}

const COLUMNS = `id, kind, params, subject_type AS "subjectType", subject_id AS "subjectId", contract_id AS "contractId",
  emailed, created_at AS "createdAt", read_at AS "readAt"`;

/** Every query of the `notification` table, and of a user's switched-off kinds. */
export class NotificationsRepository {
  /**
   * Records the occasion for each user who has not had it, is not disabled and has not switched the
   * kind off, in the caller's transaction; returns the users it was recorded for. The unique
   * (user, kind, occasion) decides "once": a concurrent transaction inserting the same row waits
   * for this one and then inserts nothing. Users are taken in id order, so two runs lock in the
   * same order rather than deadlock.
   */
  async insert(manager: EntityManager, n: NewNotifications): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `INSERT INTO notification (user_id, kind, occasion, subject_type, subject_id, contract_id, params, emailed)
       SELECT u.id, $2::text, $3::text, $4::text, $5::text, $6::uuid, $7::jsonb, true FROM user_account u
       WHERE u.id = ANY($1::uuid[]) AND u.status <> 'DISABLED' AND NOT ($2::text = ANY(u.muted_notifications))
       ORDER BY u.id
       ON CONFLICT (user_id, kind, occasion) DO NOTHING
       RETURNING user_id AS "userId"`,
      [n.userIds, n.kind, n.occasion, n.subjectType, n.subjectId, n.contractId, JSON.stringify(n.params)],
    );
    return rows.map((r) => r.userId);
  }

  /** The user's notifications, newest first, optionally only the unread. */
  async list(manager: EntityManager, userId: string, query: { unread: boolean; limit: number; offset: number }): Promise<Page<StoredNotification>> {
    const where = `user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)`;
    const [items, [{ total }]] = await Promise.all([
      manager.query(`SELECT ${COLUMNS} FROM notification WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
        [userId, query.unread, query.limit, query.offset]),
      manager.query(`SELECT count(*)::int AS total FROM notification WHERE ${where}`, [userId, query.unread]),
    ]);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  async unreadCount(manager: EntityManager, userId: string): Promise<number> {
    const [{ unread }] = await manager.query(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return unread;
  }

  /** Marks one of the user's notifications read (kept if already); false when the user has none with that id. */
  async markRead(manager: EntityManager, userId: string, id: string): Promise<boolean> {
    const rows = await manager.query(
      `WITH marked AS (UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING 1)
       SELECT count(*)::int AS n FROM marked`,
      [id, userId],
    );
    return rows[0].n === 1;
  }

  /** Marks all the user's unread notifications read; returns how many. */
  async markAllRead(manager: EntityManager, userId: string): Promise<number> {
    const [{ n }] = await manager.query(
      `WITH marked AS (UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING 1)
       SELECT count(*)::int AS n FROM marked`,
      [userId],
    );
    return n;
  }

  /** Per subject, when its latest reminder went out and on how many occasions; subjects without any are absent. */
  async lastSentBySubject(manager: EntityManager, subjectType: SubjectType, subjectIds: string[]): Promise<Map<string, ReminderSent>> {
    if (subjectIds.length === 0) return new Map();
    const rows: { subjectId: string; lastSentAt: Date; count: number }[] = await manager.query(
      `SELECT subject_id AS "subjectId", max(created_at) AS "lastSentAt", count(DISTINCT occasion)::int AS count
       FROM notification WHERE subject_type = $1 AND subject_id = ANY($2::varchar[]) GROUP BY subject_id`,
      [subjectType, subjectIds],
    );
    return new Map(rows.map((r) => [r.subjectId, { lastSentAt: new Date(r.lastSentAt).toISOString(), count: r.count }]));
  }

  /** The kinds the user switched off and the user's language; null when there is no such user. */
  async settingsOf(manager: EntityManager, userId: string): Promise<{ muted: string[]; language: Language } | null> {
    const rows = await manager.query(`SELECT muted_notifications AS muted, language FROM user_account WHERE id = $1`, [userId]);
    return rows[0] ?? null;
  }

  async setMuted(manager: EntityManager, userId: string, muted: string[]): Promise<void> {
    await manager.query(`UPDATE user_account SET muted_notifications = $2::text[], updated_at = now() WHERE id = $1`, [userId, muted]);
  }
}
