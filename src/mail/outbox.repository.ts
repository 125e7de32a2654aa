import { DataSource, EntityManager } from 'typeorm';
import { Page } from '../common/pagination';
import { preparedQuery } from '../database/prepared-query';
import type { MailLang } from './templates';

export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED';
export const OUTBOX_STATUSES: OutboxStatus[] = ['PENDING', 'SENT', 'FAILED'];

/** A message to write to the outbox. */
export interface NewMessage {
  to: string;
  kind: string;
  lang: MailLang;
  subject: string;
  text: string;
  html?: string;
}

/** A message as the outbox holds it. */
export interface OutboxMessage extends Required<Omit<NewMessage, 'html'>> {
  id: string;
  html: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

const COLUMNS = `id, kind, recipient AS "to", lang, subject, text, html, status, attempts,
  next_attempt_at AS "nextAttemptAt", last_error AS "lastError", sent_at AS "sentAt", created_at AS "createdAt"`;

/**
 * Every query of the outbox. Plain SQL on a DataSource, so that the CLI (which loads no entities)
 * reads the outbox the same way as the service.
 */
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes a message in the caller's transaction: it is sent only if that transaction commits. */
  async insert(manager: EntityManager, message: NewMessage): Promise<void> {
    await manager.query(
      `INSERT INTO outbox_message (kind, recipient, lang, subject, text, html) VALUES ($1, $2, $3, $4, $5, $6)`,
      [message.kind, message.to, message.lang, message.subject, message.text, message.html ?? null],
    );
  }

  /** Writes several messages in the caller's transaction, in one statement. */
  async insertMany(manager: EntityManager, messages: NewMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_message (kind, recipient, lang, subject, text, html)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::text[], $6::text[])`,
      [messages.map((m) => m.kind), messages.map((m) => m.to), messages.map((m) => m.lang), messages.map((m) => m.subject),
        messages.map((m) => m.text), messages.map((m) => m.html ?? null)],
    );
  }

  /**
   * Claims up to `limit` due messages for one sender: counts the attempt and moves the next attempt
   * `leaseSeconds` ahead, in one statement. SKIP LOCKED lets senders on other instances claim other
   * messages meanwhile instead of waiting, and once claimed a message is not due for any of them
   * until its lease ends — so a sender that dies mid-batch leaves its messages to be retried then.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<OutboxMessage[]> {
    // pg directly: TypeORM's query answers an UPDATE with [rows, count] rather than the rows.
    return preparedQuery<OutboxMessage>(
      this.dataSource.manager,
      'outbox-claim-due',
      `WITH due AS (
         SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
       WHERE id IN (SELECT id FROM due)
       RETURNING ${COLUMNS}`,
      [limit, leaseSeconds],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_message SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
  }

  /** Records a failed attempt: retried after `retryInSeconds`, or FAILED when that is null. */
  async markFailedAttempt(id: string, error: string, retryInSeconds: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_message SET last_error = left($2, 1000),
         status = CASE WHEN $3::int IS NULL THEN 'FAILED' ELSE 'PENDING' END,
         next_attempt_at = CASE WHEN $3::int IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $3::int) END
       WHERE id = $1`,
      [id, error, retryInSeconds],
    );
  }

  /** Newest first, optionally only of one status. */
  async list(query: { status?: OutboxStatus; limit: number; offset: number }): Promise<Page<OutboxMessage>> {
    const status = query.status ?? null;
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM outbox_message WHERE ($1::varchar IS NULL OR status = $1)
         ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
        [status, query.limit, query.offset],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM outbox_message WHERE ($1::varchar IS NULL OR status = $1)`, [status]),
    ]);
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
