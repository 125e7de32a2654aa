import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '../auth/role';
import { Page } from '../common/pagination';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { MailKind, render } from '../mail/templates';
import type { Language } from '../users/entities/user-account.entity';
import { ListNotificationsQueryDto, MarkedReadDto, NotificationDto, NotificationSettingsDto, UnreadCountDto, UpdateNotificationSettingsDto } from './dto/notification.dto';
import { kindsFor } from './notification-kinds';
import { NotificationsRepository, StoredNotification } from './notifications.repository';
import { forbidden, notFound } from '../common/errors/coded-exception';
import './notification.messages';
import '../users/user.messages';

/** The signed-in user's own notifications and switches; nobody reads another's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
  ) {}

  /** Newest first; title and text rendered from the stored parameters in the user's language now. */
  async list(user: AuthUser, query: ListNotificationsQueryDto): Promise<Page<NotificationDto>> {
    const userId = accountOf(user);
    const { language } = await this.settingsOf(userId);
    const page = await this.notifications.list(this.dataSource.manager, userId, { unread: query.unread ?? false, limit: query.limit, offset: query.offset });
    return { ...page, items: page.items.map((n) => toDto(n, language)) };
  }

  async unreadCount(user: AuthUser): Promise<UnreadCountDto> {
    return { unread: await this.notifications.unreadCount(this.dataSource.manager, accountOf(user)) };
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    if (!(await this.notifications.markRead(this.dataSource.manager, accountOf(user), id))) throw notFound('NOTIFICATION_NOT_FOUND');
  }

  async markAllRead(user: AuthUser): Promise<MarkedReadDto> {
    return { marked: await this.notifications.markAllRead(this.dataSource.manager, accountOf(user)) };
  }

  async settings(user: AuthUser): Promise<NotificationSettingsDto> {
    const { muted } = await this.settingsOf(accountOf(user));
    return { kinds: kindsFor(user.role).map((kind) => ({ kind, enabled: !muted.includes(kind) })) };
  }

  /** Switches off exactly the kinds given (of those the role receives), and every other one on. */
  async updateSettings(user: AuthUser, dto: UpdateNotificationSettingsDto): Promise<NotificationSettingsDto> {
    const userId = accountOf(user);
    const receives = kindsFor(user.role);
    const foreign = dto.muted.filter((kind) => !receives.includes(kind));
    if (foreign.length > 0) {
      throw new ValidationFailedException([
        fieldError('muted', 'NOTIFICATION_KINDS_NOT_RECEIVED', { receives: receives.join(', ') || '–', foreign: [...new Set(foreign)].join(', ') }),
      ]);
    }
    await this.notifications.setMuted(this.dataSource.manager, userId, [...new Set(dto.muted)].sort());
    return this.settings(user);
  }

  private async settingsOf(userId: string): Promise<{ muted: string[]; language: Language }> {
    const settings = await this.notifications.settingsOf(this.dataSource.manager, userId);
    // A session or key of a deleted account does not get this far; this guards a race with deletion.
    if (!settings) throw notFound('USER_NOT_FOUND');
    return settings;
  }
}

/** Notifications belong to user accounts; a development token has none. */
function accountOf(user: AuthUser): string {
  if (!user.userId) throw forbidden('NOTIFICATION_NEEDS_ACCOUNT');
  return user.userId;
}

function toDto(n: StoredNotification, language: Language): NotificationDto {
  const { subject, text } = render(n.kind as MailKind, language, n.params as never);
  return {
    id: n.id, kind: n.kind, title: subject, text, link: String(n.params.link), subjectType: n.subjectType, subjectId: n.subjectId,
    contractId: n.contractId, createdAt: new Date(n.createdAt).toISOString(), readAt: n.readAt ? new Date(n.readAt).toISOString() : null,
    emailed: n.emailed,
  };
}
