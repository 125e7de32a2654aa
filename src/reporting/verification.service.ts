import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AuthUser } from '../auth/role';
import { VerificationDto, VerifyReportDto } from './dto/verification.dto';
import { REPORT_KINDS } from './report-kinds';
import { AnyReport, ReportAccessService } from './report-access.service';
import { verificationRefusal } from './report-lifecycle';
import { ReportType, VerificationStatus } from './reporting.types';
import { refreshClauseOutcomes } from './clause-outcomes';
import { todayInStockholm } from '../common/calendar';
import { SupplierEvents } from '../notifications/supplier-events';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';
import { conflict } from '../common/errors/coded-exception';

@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly audit: AuditService,
    private readonly events: SupplierEvents,
  ) {}

  /**
   * The pact office accepts a report or questions it with a reason; a questioned report goes back to
   * the supplier, whose users are told in the same transaction.
   */
  verify(contractId: string, type: ReportType, reportId: string, dto: VerifyReportDto, user: AuthUser): Promise<VerificationDto> {
    return this.dataSource.transaction(async (manager) => {
      const { report } = await this.access.report(contractId, type, reportId, user, Action.Verify, manager);
      const refusal = verificationRefusal(report);
      if (refusal) throw conflict(refusal.code, refusal.params);
      const before = verificationOf(type, report);
      report.verificationStatus = dto.status;
      report.verificationReason = dto.reason ?? (dto.status === VerificationStatus.Questioned ? report.verificationReason : null);
      report.verifiedBy = user.sub;
      report.verifiedAt = new Date();
      await manager.save(report);
      const after = verificationOf(type, report);
      await this.audit.record(manager, user, { entityType: REPORT_KINDS[type].table, entityId: reportId, action: 'STATUS_CHANGE', before, after });
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), report.clauseId);
      if (dto.status === VerificationStatus.Questioned) {
        await this.events.reportQuestioned(manager, {
          subjectType: REPORT_KINDS[type].table, reportId, contractId, clauseId: report.clauseId,
          summary: reportSummary(type, report), reason: report.verificationReason ?? '', verifiedAt: report.verifiedAt,
        });
      }
      return after;
    });
  }
}

function verificationOf(type: ReportType, report: AnyReport): VerificationDto {
  return {
    reportType: type,
    reportId: report.id,
    verificationStatus: report.verificationStatus,
    verificationReason: report.verificationReason,
    verifiedBy: report.verifiedBy,
    verifiedAt: report.verifiedAt?.toISOString() ?? null,
  };
}

/** Which report, as the supplier knows it and without personal data: a placement's own reference, the dates. */
function reportSummary(type: ReportType, report: AnyReport): string {
  switch (type) {
    case ReportType.Placement: {
      const p = report as Placement;
      return `${p.reference}, ${p.startDate ?? p.offeredDate}`;
    }
    case ReportType.DialogueMeeting:
      return (report as DialogueMeeting).heldOn;
    case ReportType.InitiativeProgress: {
      const p = report as InitiativeProgress;
      return `${p.milestoneTitle}, ${p.reportedOn}`;
    }
  }
}
