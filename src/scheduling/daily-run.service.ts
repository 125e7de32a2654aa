import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { hostname } from 'os';
import { DataSource } from 'typeorm';
import { todayInStockholm } from '../common/calendar';
import { PeriodicJob } from '../common/periodic-job';
import { AppConfig } from '../config/app-config';
import { Notifier } from '../notifications/notifier';
import { RecipientsRepository } from '../notifications/recipients.repository';
import { reminderSettings } from '../notifications/reminders/sweep';
import { refreshDueOutcomes } from '../reporting/clause-outcomes';
import { dailyRunDue, stockholmHour } from './daily-schedule';
import { DAILY_JOB, describeDailyRun, runDaily } from './daily-run';
import { ScheduledRunRepository } from './scheduled-run.repository';

/**
 * Starts the day's run on time, on whichever instance gets there first. Every
 * OUTCOME_REFRESH_MINUTES, and at start, an instance looks at today's run: from DAILY_RUN_HOUR
 * (Stockholm time) until it is DONE it runs it (the claim lets one instance through; a FAILED run
 * is retried at the next tick); otherwise it refreshes the clause outcomes due, as before there was
 * a daily run, so an award or an upgrade is evaluated without waiting for the morning. An instance
 * that was down over a morning catches up at its first tick: the reminder rules are windows, so the
 * late run sends what the missed one would have, once.
 */
@Injectable()
export class DailyRunService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DailyRunService.name);
  private readonly job = new PeriodicJob(this.logger, 'the daily run', () => this.tick());
  private readonly by = `service:${hostname()}:${process.pid}`;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly runs: ScheduledRunRepository,
    private readonly notifier: Notifier,
    private readonly recipients: RecipientsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.config.get('outcomeRefreshMinutes', { infer: true }) * 60, true);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** One tick: the day's run when it is due, else the cheap refresh of the outcomes due. */
  async tick(now: Date = new Date()): Promise<void> {
    const today = todayInStockholm(now);
    const current = await this.runs.find(DAILY_JOB, today);
    if (dailyRunDue(stockholmHour(now), this.config.get('dailyRunHour', { infer: true }), current?.status)) {
      const settings = reminderSettings({
        reminders: this.config.get('reminders', { infer: true }),
        checkInOverdueMonths: this.config.get('checkInOverdueMonths', { infer: true }),
        referralOutcomeDays: this.config.get('referralOutcomeDays', { infer: true }),
        publicUrl: this.config.get('publicUrl', { infer: true }),
      });
      const result = await runDaily(this.dataSource, today, { notifier: this.notifier, recipients: this.recipients, settings }, this.by);
      if (result.ran) describeDailyRun(result).forEach((line) => (result.status === 'DONE' ? this.logger.log(line) : this.logger.warn(line)));
      return;
    }
    const refreshed = await refreshDueOutcomes(this.dataSource, today);
    if (refreshed > 0) this.logger.log(`refreshed the clause outcomes of ${refreshed} contracts`);
  }
}
