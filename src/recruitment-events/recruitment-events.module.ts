import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { RecruitmentEvent, RecruitmentEventAttendance, RecruitmentEventParticipant } from './entities/recruitment-event.entity';
import { IdempotencyModule } from '../reporting/idempotency/idempotency.module';
import { RecruitmentEventsController } from './recruitment-events.controller';
import { RecruitmentEventsRepository } from './recruitment-events.repository';
import { RecruitmentEventsService } from './recruitment-events.service';

/** Recruitment events (rekryteringstillfällen), recorded by the matching unit and the pact office as counts only. */
@Module({
  imports: [TypeOrmModule.forFeature([RecruitmentEvent, RecruitmentEventParticipant, RecruitmentEventAttendance]), IdempotencyModule, AccessModule],
  controllers: [RecruitmentEventsController],
  providers: [RecruitmentEventsService, RecruitmentEventsRepository],
})
export class RecruitmentEventsModule {}
