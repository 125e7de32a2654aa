import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Page } from '../common/pagination';
import { ListOutboxQueryDto, OutboxMessageDto } from './dto/outbox-message.dto';
import { NewMessage, OutboxRepository } from './outbox.repository';
import { MailKind, MailLang, MailParams, render } from './templates';

/** Writes e-mail to the outbox; the MailSender delivers it. */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  /**
   * Writes a message in the caller's transaction (`manager`), so that it goes out exactly when
   * what caused it is committed: a rolled-back invitation sends nothing.
   */
  enqueue(manager: EntityManager, message: NewMessage): Promise<void> {
    return this.outbox.insert(manager, message);
  }

  /** Writes the message of `kind` from its template in the recipient's language. */
  enqueueTemplate<K extends MailKind>(manager: EntityManager, to: string, kind: K, lang: MailLang, params: MailParams[K]): Promise<void> {
    return this.enqueue(manager, { to, kind, lang, ...render(kind, lang, params) });
  }

  async list(query: ListOutboxQueryDto): Promise<Page<OutboxMessageDto>> {
    const page = await this.outbox.list(query);
    return { ...page, items: page.items.map(OutboxMessageDto.from) };
  }
}
