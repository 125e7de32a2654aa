import { Page } from '../common/pagination';
import { OUTBOX_STATUSES, OutboxMessage, OutboxStatus } from './outbox.repository';

export interface OutboxListingOptions {
  status?: OutboxStatus;
  limit: number;
  /** Print each message's text beneath its line (the embedded default has no other way to read a code). */
  text: boolean;
}

/** Reads `--status`, `--limit` and `--text` of `npm run cli -- outbox`. */
export function outboxListingOptions(values: { status?: string; limit?: string; text?: boolean }): OutboxListingOptions {
  const status = values.status?.toUpperCase();
  if (status !== undefined && !OUTBOX_STATUSES.includes(status as OutboxStatus)) {
    throw new Error(`--status must be one of ${OUTBOX_STATUSES.join(', ')} (got ${values.status})`);
  }
  if (values.limit !== undefined && !/^[1-9]\d{0,3}$/.test(values.limit)) throw new Error(`--limit must be a whole number from 1 to 9999 (got ${values.limit})`);
  return { status: status as OutboxStatus | undefined, limit: Number(values.limit ?? 50), text: values.text ?? false };
}

/** One line per message, newest first (created, status, attempts, kind, to, subject), then a count. */
export function outboxListing(page: Page<OutboxMessage>, options: OutboxListingOptions): string[] {
  const lines = page.items.flatMap((m) => {
    const line = [m.createdAt.toISOString(), m.status, String(m.attempts), m.kind, m.to, m.subject].join('\t');
    const error = m.lastError && m.status !== 'SENT' ? [`    last error: ${m.lastError}`] : [];
    const text = options.text ? m.text.trimEnd().split('\n').map((l) => `    ${l}`.trimEnd()) : [];
    return [line, ...error, ...text];
  });
  const which = options.status ? `${options.status} ` : '';
  return [...lines, `${page.items.length} of ${page.total} ${which}messages, newest first`];
}
