import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { todayInStockholm } from '../common/calendar';
import { refreshDueOutcomes } from './clause-outcomes';

/**
 * The daily part of "computed once, stored": what changes only with time (a deadline passes, worked
 * time grows) is re-evaluated once a day. Every OUTCOME_REFRESH_MINUTES, and at start (which also
 * fills in outcomes after an upgrade or a missed day), an instance refreshes the outcomes not yet
 * evaluated today; several instances take turns through an advisory lock.
 */
@Injectable()
export class OutcomeRefreshService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutcomeRefreshService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.get<number>('outcomeRefreshMinutes') ?? 0;
    if (minutes <= 0) return;
    const run = () => {
      if (this.running) return;
      this.running = refreshDueOutcomes(this.dataSource, todayInStockholm())
        .then((n) => n > 0 && this.logger.log(`refreshed the clause outcomes of ${n} contracts`))
        .catch((error: unknown) => this.logger.warn(`refreshing clause outcomes failed, retried later: ${String(error)}`))
        .finally(() => (this.running = undefined));
    };
    run();
    this.timer = setInterval(run, minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
