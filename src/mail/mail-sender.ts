import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createTransport } from 'nodemailer';
import { AppConfig, MailConfig } from '../config/app-config';
import { PeriodicJob } from '../common/periodic-job';
import { afterFailure, DeliveryFailure } from './delivery-schedule';
import { OutboxMessage, OutboxRepository } from './outbox.repository';

/** Messages claimed at a time: a short wait for the other instances, a short lease to lose in a crash. */
const BATCH = 10;
/** Batches per run, so that a run (and a shutdown waiting for it) ends even while mail keeps coming. */
const BATCHES_PER_RUN = 20;
/**
 * How long a claimed message is not due for anyone else. Messages are sent one after another, each
 * bounded by the timeouts below (about a minute at worst), so a batch ends well within it.
 */
const LEASE_SECONDS = 15 * 60;
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Delivers the outbox over SMTP (SMTP_URL) every MAIL_SEND_SECONDS on every instance; each message
 * once, whichever instance claims it (OutboxRepository.claimDue). Without SMTP_URL it does nothing
 * and messages stay in the outbox for the admins.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly job = new PeriodicJob(this.logger, 'delivering the outbox', () => this.deliverDue());
  private readonly config: MailConfig;
  private readonly transport?: ReturnType<typeof createTransport>;
  private stopping = false;

  constructor(
    private readonly outbox: OutboxRepository,
    config: ConfigService<AppConfig, true>,
  ) {
    this.config = config.get('mail', { infer: true });
    if (this.config.smtpUrl) {
      this.transport = createTransport({ url: this.config.smtpUrl, ...SMTP_TIMEOUTS }, { from: this.config.from });
    }
  }

  onApplicationBootstrap(): void {
    if (this.transport) this.job.start(this.config.sendSeconds, true);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.job.stop();
    this.transport?.close();
  }

  /** Delivers the messages due now; returns how many were sent. */
  async deliverDue(): Promise<number> {
    if (!this.transport) return 0;
    let sent = 0;
    for (let batch = 0; batch < BATCHES_PER_RUN && !this.stopping; batch++) {
      const due = await this.outbox.claimDue(BATCH, LEASE_SECONDS);
      for (const message of due) if (await this.deliver(message)) sent++;
      if (due.length < BATCH) break;
    }
    return sent;
  }

  private async deliver(message: OutboxMessage): Promise<boolean> {
    try {
      await this.transport!.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        // The same Message-ID on every attempt lets a mailbox drop a copy sent again after a crash.
        messageId: `<${message.id}@${domainOf(this.config.from)}>`,
      });
    } catch (error) {
      const step = afterFailure(message.attempts, this.config.maxAttempts, error as DeliveryFailure, Math.random());
      const reason = (error as Error).message;
      await this.outbox.markFailedAttempt(message.id, reason, step.status === 'FAILED' ? null : step.retryInSeconds);
      this.logger.warn(`${message.kind} message ${message.id}, attempt ${message.attempts}: ${reason} (${step.status === 'FAILED' ? 'given up' : `retried in ${step.retryInSeconds} s`})`);
      return false;
    }
    await this.outbox.markSent(message.id);
    return true;
  }
}

/** The domain of the sender address, for Message-IDs. */
function domainOf(from: string): string {
  return /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}
