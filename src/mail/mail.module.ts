import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailSender } from './mail-sender';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** E-mail: the outbox written in the same transaction as its cause, and its delivery over SMTP. */
@Module({
  controllers: [OutboxController],
  providers: [{ provide: OutboxRepository, useFactory: (dataSource: DataSource) => new OutboxRepository(dataSource), inject: [DataSource] }, OutboxService, MailSender],
  exports: [OutboxService, OutboxRepository],
})
export class MailModule {}
