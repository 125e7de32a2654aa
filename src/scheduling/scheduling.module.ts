import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { DailyRunService } from './daily-run.service';
import { ScheduledRunRepository } from './scheduled-run.repository';
import { ScheduledRunsController } from './scheduled-runs.controller';

/** Durable scheduled work: the daily run, claimed once per day across instances and the CLI. */
@Module({
  imports: [NotificationsModule],
  controllers: [ScheduledRunsController],
  providers: [
    { provide: ScheduledRunRepository, useFactory: (dataSource: DataSource) => new ScheduledRunRepository(dataSource), inject: [DataSource] },
    DailyRunService,
  ],
})
export class SchedulingModule {}
