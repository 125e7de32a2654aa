import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { MailModule } from '../mail/mail.module';
import { OutboxRepository } from '../mail/outbox.repository';
import { NotificationSettingsController, NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier';
import { RecipientsRepository } from './recipients.repository';
import { MatchingEvents } from './matching-events';
import { SupplierEvents } from './supplier-events';

/**
 * Notifications: once per occasion, in the app and by e-mail. Exports the Notifier and the
 * recipients, so that other modules notify in their own transactions; serves the user's list and switches.
 */
@Module({
  imports: [MailModule],
  controllers: [NotificationsController, NotificationSettingsController],
  providers: [
    { provide: Notifier, useFactory: (outbox: OutboxRepository, config: ConfigService<AppConfig, true>) =>
      new Notifier(outbox, config.get('publicUrl', { infer: true })), inject: [OutboxRepository, ConfigService] },
    { provide: RecipientsRepository, useFactory: () => new RecipientsRepository() },
    { provide: NotificationsRepository, useFactory: () => new NotificationsRepository() },
    NotificationsService,
    { provide: SupplierEvents, useFactory: (notifier: Notifier, recipients: RecipientsRepository, config: ConfigService<AppConfig, true>) =>
      new SupplierEvents(notifier, recipients, config.get('publicUrl', { infer: true })), inject: [Notifier, RecipientsRepository, ConfigService] },
    { provide: MatchingEvents, useFactory: (notifier: Notifier, recipients: RecipientsRepository, config: ConfigService<AppConfig, true>) =>
      new MatchingEvents(notifier, recipients, config.get('publicUrl', { infer: true })), inject: [Notifier, RecipientsRepository, ConfigService] },
  ],
  exports: [Notifier, RecipientsRepository, NotificationsRepository, SupplierEvents, MatchingEvents],
})
export class NotificationsModule {}
