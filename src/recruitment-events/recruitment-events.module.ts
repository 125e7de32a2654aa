import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecruitmentEvent, RecruitmentEventAttendance, RecruitmentEventParticipant } from '../matching/entities/recruitment-event.entity';
import { IdempotencyModule } from '../reporting/idempotency/idempotency.module';
import { RecruitmentEventsController } from './recruitment-events.controller';
import { RecruitmentEventsService } from './recruitment-events.service';

/** Recruitment events (rekryteringstillfällen), recorded by the matching unit and the pact office as counts only. */
@Module({
  imports: [TypeOrmModule.forFeature([RecruitmentEvent, RecruitmentEventParticipant, RecruitmentEventAttendance]), IdempotencyModule],
  controllers: [RecruitmentEventsController],
  providers: [RecruitmentEventsService],
})
export class RecruitmentEventsModule {}
