import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AuthUser } from '../auth/role';
import { ReportingPeriodDto } from '../contracts/dto/contract.dto';
import { todayInStockholm } from '../common/calendar';
import { ClauseStatusService } from './clause-status.service';
import { ClauseStatusDto, CreateRecoveryPlanDto, RecoveryPlanDto, SubmitPeriodDto } from './dto/clause-follow-up.dto';
import { RecoveryPlan } from './entities/recovery-plan.entity';
import { ReportingPeriod } from './entities/reporting-period.entity';
import { IdempotencyContext } from './idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from './idempotency/idempotency.service';
import { ReportAccessService } from './report-access.service';
import { ClauseStatus } from './reporting.types';
import { Lang } from '../common/i18n';
import { conflict, notFound } from '../common/errors/coded-exception';
import './report-errors.messages';

/** Status, recovery plans and period submissions of one clause on one contract. */
@Injectable()
export class ClauseFollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly statuses: ClauseStatusService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  async status(contractId: string, clauseId: string, user: AuthUser, lang: Lang, asOf = todayInStockholm()): Promise<ClauseStatusDto> {
    const { contract, ...followed } = await this.access.clause(contractId, clauseId, user, Action.Read);
    return this.statuses.evaluate(this.dataSource.manager, contract, followed, asOf, lang);
  }

  /** A recovery plan is filed while the clause is AT_RISK; it records the status it answers. */
  fileRecoveryPlan(contractId: string, clauseId: string, dto: CreateRecoveryPlanDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const { contract, ...followed } = await this.access.clause(contractId, clauseId, user, Action.Report, undefined, manager);
      // The plan keeps the status it answers as text in Swedish, the language of the contract's records.
      const status = await this.statuses.evaluate(manager, contract, followed, todayInStockholm(), 'sv');
      if (status.status !== ClauseStatus.AtRisk) {
        throw conflict('RECOVERY_PLAN_ONLY_AT_RISK', { number: followed.clause.number, followUpStatus: status.status });
      }
      const plan = await manager.save(manager.create(RecoveryPlan, {
        ...dto, supplierId: contract.supplierId, contractId, clauseId, statusAtFiling: status.status,
        statusSummary: status.reasons.join('\n'), createdBy: user.sub,
      }));
      const saved = RecoveryPlanDto.from(plan);
      await this.audit.record(manager, user, { entityType: 'recovery_plan', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async recoveryPlans(contractId: string, clauseId: string, user: AuthUser): Promise<RecoveryPlanDto[]> {
    await this.access.clause(contractId, clauseId, user, Action.Read);
    const plans = await this.dataSource.manager.find(RecoveryPlan, { where: { contractId, clauseId }, order: { createdAt: 'DESC' } });
    return plans.map(RecoveryPlanDto.from);
  }

  /** Marks a reporting period's report as submitted, once the period has begun and only once. */
  submitPeriod(contractId: string, clauseId: string, number: number, dto: SubmitPeriodDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, { number, ...dto }, async (manager) => {
      await this.access.clause(contractId, clauseId, user, Action.Report, undefined, manager);
      const period = await manager.findOne(ReportingPeriod, { where: { contractId, clauseId, number }, lock: { mode: 'pessimistic_write' } });
      if (!period) throw notFound('PERIOD_NOT_FOUND', { number });
      if (period.submittedAt) throw conflict('PERIOD_ALREADY_SUBMITTED', { number, submittedAt: period.submittedAt.toISOString() });
      if (period.periodStart > todayInStockholm()) throw conflict('PERIOD_NOT_BEGUN', { number, periodStart: period.periodStart });
      const before = ReportingPeriodDto.from(period);
      Object.assign(period, { submittedAt: new Date(), submittedBy: user.sub, comment: dto.comment ?? null });
      const after = ReportingPeriodDto.from(await manager.save(period));
      await this.audit.record(manager, user, { entityType: 'reporting_period', entityId: period.id, action: 'STATUS_CHANGE', before, after });
      return after;
    });
  }
}
