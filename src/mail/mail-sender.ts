import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig, MailConfig } from '../config/app-config';
import { PeriodicJob } from '../common/periodic-job';
import { OutboxDelivery } from './outbox-delivery';
import { OutboxRepository } from './outbox.repository';

/** Batches per run, so that a run (and a shutdown waiting for it) ends even while mail keeps coming. */
const BATCHES_PER_RUN = 20;

/**
 * Delivers the outbox over SMTP (SMTP_URL) every MAIL_SEND_SECONDS on every instance; each message
 * once, whichever instance claims it. Without SMTP_URL it does nothing and messages stay in the
 * outbox for the admins.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly job = new PeriodicJob(this.logger, 'delivering the outbox', () => this.deliverDue());
  private readonly config: MailConfig;
  private readonly delivery?: OutboxDelivery;
  private stopping = false;

  constructor(outbox: OutboxRepository, config: ConfigService<AppConfig, true>) {
    this.config = config.get('mail', { infer: true });
    const smtpUrl = this.config.smtpUrl;
    if (smtpUrl) this.delivery = new OutboxDelivery(outbox, { ...this.config, smtpUrl }, this.logger);
  }

  onApplicationBootstrap(): void {
    if (this.delivery) this.job.start(this.config.sendSeconds, true);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.job.stop();
    this.delivery?.close();
  }

  /** Delivers the messages due now; returns how many were sent. */
  deliverDue(): Promise<number> {
    return this.delivery?.deliverDue(BATCHES_PER_RUN, () => this.stopping) ?? Promise.resolve(0);
  }
}
