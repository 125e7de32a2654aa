import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AuthUser } from '../auth/role';
import { WithdrawalDto, WithdrawReportDto } from './dto/withdrawal.dto';
import { REPORT_KINDS } from './report-kinds';
import { ReportAccessService } from './report-access.service';
import { withdrawalBy } from './report-lifecycle';
import { ReportType } from './reporting.types';
import { refreshClauseOutcomes } from './clause-outcomes';
import { todayInStockholm } from '../common/calendar';
import { conflict } from '../common/errors/coded-exception';

/** Takes a report back without deleting it: it stays in lists and the audit trail, marked, and counts nowhere. */
@Injectable()
export class WithdrawalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly audit: AuditService,
  ) {}

  withdraw(contractId: string, type: ReportType, reportId: string, dto: WithdrawReportDto, user: AuthUser): Promise<WithdrawalDto> {
    return this.dataSource.transaction(async (manager) => {
      const { report } = await this.access.report(contractId, type, reportId, user, Action.Withdraw, manager);
      const outcome = withdrawalBy(user.role, report);
      if ('refusal' in outcome) throw conflict(outcome.refusal.code, outcome.refusal.params);
      const before = { verificationStatus: report.verificationStatus, withdrawalKind: null };
      const withdrawnAt = new Date();
      Object.assign(report, { withdrawalKind: outcome.kind, withdrawalReason: dto.reason, withdrawnBy: user.sub, withdrawnAt });
      await manager.save(report);
      const after: WithdrawalDto = {
        reportType: type, reportId, withdrawalKind: outcome.kind, withdrawalReason: dto.reason, withdrawnBy: user.sub, withdrawnAt: withdrawnAt.toISOString(),
      };
      await this.audit.record(manager, user, { entityType: REPORT_KINDS[type].table, entityId: reportId, action: 'WITHDRAW', before, after: { ...after } });
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), report.clauseId);
      return after;
    });
  }
}
