import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/pagination';
import { ScheduledRun, ScheduledRunStatus } from '../scheduled-run.repository';

const STATUSES: ScheduledRunStatus[] = ['RUNNING', 'DONE', 'FAILED'];

export class ScheduledRunDto {
  @ApiProperty({ example: 'daily' }) job: string;
  @ApiProperty({ format: 'date', example: '2027-03-31', description: 'The day the run is for (Stockholm time)' }) runDate: string;
  @ApiProperty({ enum: STATUSES, description: 'RUNNING past its lease is taken over by the next run; FAILED is retried' }) status: ScheduledRunStatus;
  @ApiProperty({ example: 1, description: 'Attempts so far (a takeover or retry counts one more)' }) attempts: number;
  @ApiProperty({ example: 'service:app-1:4711', description: "'service:<host>:<pid>' or 'cli:<os user>'" }) claimedBy: string;
  @ApiProperty() startedAt: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({
    nullable: true, type: Object,
    example: { outcomesRefreshed: 12, notifications: { REPORT_DUE_SOON: 3, REPORT_OVERDUE: 1 }, failed: {} },
    description: 'Contracts whose outcomes were refreshed, new notifications per kind, and the steps that failed with their error',
  })
  summary: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;

  static from(run: ScheduledRun): ScheduledRunDto {
    return {
      job: run.job,
      runDate: run.runDate,
      status: run.status,
      attempts: run.attempts,
      claimedBy: run.claimedBy,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      summary: run.summary,
      lastError: run.lastError,
    };
  }
}

export class ScheduledRunPageDto extends PageMetaDto {
  @ApiProperty({ type: [ScheduledRunDto] }) items: ScheduledRunDto[];
}
