import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { todayInStockholm } from '../common/calendar';
import { PeriodicJob } from '../common/periodic-job';
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
  private readonly job = new PeriodicJob(this.logger, 'refreshing clause outcomes', async () => {
    const refreshed = await refreshDueOutcomes(this.dataSource, todayInStockholm());
    if (refreshed > 0) this.logger.log(`refreshed the clause outcomes of ${refreshed} contracts`);
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start((this.config.get<number>('outcomeRefreshMinutes') ?? 0) * 60, true);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
