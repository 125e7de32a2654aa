import { EntityManager } from 'typeorm';
import { OutboxRepository } from '../mail/outbox.repository';
import { MailKind, MailParams, render } from '../mail/templates';
import { NotificationKind, SubjectType } from './notification-kinds';
import { NotificationsRepository } from './notifications.repository';
import { Recipient } from './recipients.repository';

/** The template parameters of a kind: its entry in MailParams (src/mail/templates.ts). */
export type NotificationParams<K extends NotificationKind> = K extends MailKind ? MailParams[K] : never;

/** One thing to tell people about, once: `occasion` is its key (see docs/notifications.md). */
export interface Occasion<K extends NotificationKind = NotificationKind> {
  kind: K;
  occasion: string;
  subjectType: SubjectType;
  subjectId: string;
  contractId: string | null;
  /** No personal data: they are stored with the notification. `link` points into the web interface. */
  params: NotificationParams<K>;
}

/**
 * Writes a notification and its e-mail, once per recipient and occasion. Usable without Nest DI:
 * the CLI's daily run builds its own.
 */
export class Notifier {
  private readonly notifications = new NotificationsRepository();

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly publicUrl: string,
  ) {}

  /**
   * In `manager`'s transaction: one notification per recipient that is not disabled, has not
   * switched the kind off and has not had this occasion yet, each with its e-mail in the outbox
   * (the kind's template, the recipient's language). Whether a recipient has switched the kind off
   * is read from the database here, not from `recipients`, so a switch made after the recipients
   * were read still holds. Returns how many were new.
   */
  async notify<K extends NotificationKind>(manager: EntityManager, recipients: Recipient[], occasion: Occasion<K>): Promise<number> {
    const link = (occasion.params as { link?: unknown }).link;
    if (typeof link !== 'string' || !link.startsWith(`${this.publicUrl}/`)) {
      throw new Error(`A ${occasion.kind} notification needs a link into the web interface (${this.publicUrl}/…), got ${String(link)}`);
    }
    const candidates = recipients.filter((r) => !r.muted.includes(occasion.kind));
    if (candidates.length === 0) return 0;
    const inserted = new Set(await this.notifications.insert(manager, {
      userIds: candidates.map((r) => r.userId),
      kind: occasion.kind,
      occasion: occasion.occasion,
      subjectType: occasion.subjectType,
      subjectId: occasion.subjectId,
      contractId: occasion.contractId,
      params: occasion.params as object,
    }));
    const mails = candidates
      .filter((r) => inserted.has(r.userId))
      .map((r) => ({ to: r.email, kind: occasion.kind, lang: r.language, ...render(occasion.kind as MailKind, r.language, occasion.params as never) }));
    await this.outbox.insertMany(manager, mails);
    return inserted.size;
  }
}
