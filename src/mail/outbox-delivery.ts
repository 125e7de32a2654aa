import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { MailConfig } from '../config/app-config';
import { afterFailure, DeliveryFailure } from './delivery-schedule';
import { OutboxMessage, OutboxRepository } from './outbox.repository';

/** Messages claimed at a time: a short wait for the other instances, a short lease to lose in a crash. */
const BATCH = 10;
/**
 * How long a claimed message is not due for anyone else. Messages are sent one after another, each
 * bounded by the timeouts below (about a minute at worst), so a batch ends well within it.
 */
const LEASE_SECONDS = 15 * 60;
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Delivers due outbox messages over SMTP: each once, whichever sender claims it
 * (OutboxRepository.claimDue), a failed attempt retried on the delivery schedule. Plain (no Nest
 * DI), so the service's MailSender and the CLI's `daily` deliver with the same code.
 */
export class OutboxDelivery {
  private readonly transport: Transporter;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly config: MailConfig & { smtpUrl: string },
    private readonly logger = new Logger(OutboxDelivery.name),
  ) {
    this.transport = createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS }, { from: config.from });
  }

  /**
   * Delivers the messages due now, up to `maxBatches` batches or until `stopping` says so; returns
   * how many were sent. Messages whose attempt failed are due again only later, so this ends.
   */
  async deliverDue(maxBatches: number, stopping: () => boolean = () => false): Promise<number> {
    let sent = 0;
    for (let batch = 0; batch < maxBatches && !stopping(); batch++) {
      const due = await this.outbox.claimDue(BATCH, LEASE_SECONDS);
      for (const message of due) if (await this.deliver(message)) sent++;
      if (due.length < BATCH) break;
    }
    return sent;
  }

  close(): void {
    this.transport.close();
  }

  private async deliver(message: OutboxMessage): Promise<boolean> {
    try {
      await this.transport.sendMail({
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
