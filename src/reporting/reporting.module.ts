import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { ContractsModule } from '../contracts/contracts.module';
import { BulkVerificationController } from './bulk-verification.controller';
import { ActivityReportsController } from './activity-reports.controller';
import { ActivityReportsService } from './activity-reports.service';
import { ClauseFollowUpController } from './clause-follow-up.controller';
import { ClauseFollowUpService } from './clause-follow-up.service';
import { ClauseStatusService } from './clause-status.service';
import { ContractAuditController } from './contract-audit.controller';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { EvidenceFile } from './entities/evidence-file.entity';
import { IdempotencyKey } from './entities/idempotency-key.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';
import { RecoveryPlan } from './entities/recovery-plan.entity';
import { ReportingPeriod } from './entities/reporting-period.entity';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { FollowUpListsController } from './follow-up-lists.controller';
import { FollowUpListsService } from './follow-up-lists.service';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';
import { ReportAccessService } from './report-access.service';
import { LimitConcurrentUploads, UploadSlots } from './upload-slots';
import { VerificationController } from './verification.controller';
import { VerificationService } from './verification.service';
import { WithdrawalController } from './withdrawal.controller';
import { WithdrawalService } from './withdrawal.service';

/** The supplier's follow-up reports and the pact office's verification and deviation lists. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Placement, DialogueMeeting, InitiativeProgress, EvidenceFile, RecoveryPlan, ReportingPeriod, IdempotencyKey]),
    ContractsModule,
    AccessModule,
    IdempotencyModule,
    NotificationsModule,
  ],
  controllers: [
    PlacementsController, ActivityReportsController, EvidenceController, VerificationController, BulkVerificationController, ClauseFollowUpController, FollowUpListsController,
    ContractAuditController, WithdrawalController,
  ],
  providers: [
    ReportAccessService, PlacementsService, ActivityReportsService, EvidenceService,
    VerificationService, WithdrawalService, ClauseStatusService, ClauseFollowUpService, FollowUpListsService,
    UploadSlots, LimitConcurrentUploads,
  ],
  exports: [ReportAccessService, ClauseStatusService, IdempotencyModule],
})
export class ReportingModule {}
