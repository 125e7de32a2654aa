import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AccessService } from '../access/access.service';
import { AuthUser } from '../auth/role';
import { remedyDaysOf } from '../clauses/clause-rules';
import { Lang } from '../clauses/text/labels';
import { addDays, todayInStockholm } from '../common/calendar';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { ClauseStatusService } from '../reporting/clause-status.service';
import { CreateRecoveryPlanDto, RecoveryPlanDto } from '../reporting/dto/clause-follow-up.dto';
import { RecoveryPlan } from '../reporting/entities/recovery-plan.entity';
import { IdempotencyContext } from '../reporting/idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from '../reporting/idempotency/idempotency.service';
import { ReportAccessService } from '../reporting/report-access.service';
import { BreachOutcome, BreachStatus, isOverdue } from './breach.types';
import { toBreachDto } from './breach-view';
import { BreachesRepository, BreachRow } from './breaches.repository';
import { BreachDto, PenaltyCalculationDto, RemedyRequestListItemDto } from './dto/breach.dto';
import { CreateRemedyRequestDto, DecideBreachDto, PenaltyQueryDto, RemedyRequestListQueryDto, WithdrawRemedyRequestDto } from './dto/breach-requests.dto';
import { BreachDecision } from './entities/breach-decision.entity';
import { RemedyRequest } from './entities/remedy-request.entity';
import { PenaltyCalculator } from './penalty-calculator';
import { SupplierEvents } from '../notifications/supplier-events';
import { penaltyTermsOf } from './penalty';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { withReminders } from '../notifications/with-reminders';
import { conflict, notFound } from '../common/errors/coded-exception';
import './breach-errors.messages';

/** Remedy first (rättelse), then a decision: the steps of breach handling on one clause of a contract. */
@Injectable()
export class BreachesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly statuses: ClauseStatusService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly repository: BreachesRepository,
    private readonly calculator: PenaltyCalculator,
    private readonly policy: AccessService,
    private readonly events: SupplierEvents,
    private readonly notifications: NotificationsRepository,
  ) {}

  /**
   * A remedy request on a clause of a started contract with no OPEN request; due after the clause's
   * remedy period unless given. The supplier's users are told in the same transaction.
   */
  request(contractId: string, clauseId: string, dto: CreateRemedyRequestDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const { contract, clause, version } = await this.access.clause(contractId, clauseId, user, Action.HandleBreach, undefined, manager);
      const today = todayInStockholm();
      if (dto.dueDate !== undefined && dto.dueDate <= today) {
        throw new ValidationFailedException([fieldError('dueDate', 'BREACH_DUE_NOT_AFTER_TODAY', { today })]);
      }
      if (today < contract.startDate) throw conflict('BREACH_BEFORE_CONTRACT_START', { startDate: contract.startDate });
      if (await this.repository.openExists(manager, contractId, clauseId)) {
        throw conflict('BREACH_ALREADY_OPEN', { number: clause.number });
      }
      const saved = await this.repository.save(manager, manager.create(RemedyRequest, {
        contractId, clauseId, clauseVersion: version.version, missing: dto.missing,
        dueDate: dto.dueDate ?? addDays(today, remedyDaysOf(version.parameters)), requestedBy: user.sub,
      }));
      const breach = await this.view(manager, contractId, saved.id);
      await this.audit.record(manager, user, { entityType: 'remedy_request', entityId: saved.id, action: 'CREATE', after: breach });
      await this.events.remedyRequested(manager, saved.id);
      return breach;
    });
  }

  async listForClause(contractId: string, clauseId: string, user: AuthUser, lang: Lang = 'sv'): Promise<BreachDto[]> {
    await this.access.clause(contractId, clauseId, user, Action.Read);
    return this.views(this.dataSource.manager, await this.repository.find(this.dataSource.manager, contractId, { clauseId }), lang);
  }

  async listForContract(contractId: string, user: AuthUser, lang: Lang = 'sv'): Promise<BreachDto[]> {
    await this.access.contract(contractId, user, Action.Read);
    return this.views(this.dataSource.manager, await this.repository.find(this.dataSource.manager, contractId), lang);
  }

  async get(contractId: string, clauseId: string, breachId: string, user: AuthUser, lang: Lang = 'sv'): Promise<BreachDto> {
    return (await this.found(contractId, clauseId, breachId, user, lang)).breach;
  }

  /** A remedy request with what its letters need; 404 unless it is on this contract and clause and the user may see it. */
  async found(contractId: string, clauseId: string, breachId: string, user: AuthUser, lang: Lang = 'sv'): Promise<{ row: BreachRow; breach: BreachDto }> {
    await this.access.clause(contractId, clauseId, user, Action.Read);
    const [row] = await this.repository.find(this.dataSource.manager, contractId, { clauseId, breachId });
    if (!row) throw notFound('BREACH_NOT_FOUND', { id: breachId });
    const [breach] = await this.views(this.dataSource.manager, [row], lang);
    return { row, breach };
  }

  /** The supplier answers an OPEN request with a recovery plan, whatever the clause's status; it records that status. */
  fileRecoveryPlan(
    contractId: string, clauseId: string, breachId: string, dto: CreateRecoveryPlanDto, user: AuthUser, idem: IdempotencyContext,
  ): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, { breachId, ...dto }, async (manager) => {
      const { contract, ...followed } = await this.access.clause(contractId, clauseId, user, Action.Report, undefined, manager);
      const request = await this.open(manager, contractId, clauseId, breachId);
      // The plan keeps the status it answers as text in Swedish, the language of the contract's records.
      const status = await this.statuses.evaluate(manager, contract, followed, todayInStockholm(), 'sv');
      const plan = await this.repository.save(manager, manager.create(RecoveryPlan, {
        ...dto, supplierId: contract.supplierId, contractId, clauseId, statusAtFiling: status.status,
        statusSummary: status.reasons.join('\n'), remedyRequestId: request.id, createdBy: user.sub,
      }));
      const saved = RecoveryPlanDto.from(plan);
      await this.audit.record(manager, user, { entityType: 'recovery_plan', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async penalty(contractId: string, clauseId: string, breachId: string, query: PenaltyQueryDto, user: AuthUser): Promise<PenaltyCalculationDto> {
    const { row } = await this.found(contractId, clauseId, breachId, user);
    return this.calculator.calculate(this.dataSource.manager, row, query.asOf ?? todayInStockholm(), query.lang);
  }

  /** The decision once the remedy date is reached: the penalty as computed at asOf, or a waiver with its motivation. */
  decide(contractId: string, clauseId: string, breachId: string, dto: DecideBreachDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, { breachId, ...dto }, async (manager) => {
      await this.access.clause(contractId, clauseId, user, Action.HandleBreach, undefined, manager);
      const today = todayInStockholm();
      const asOf = dto.asOf ?? today;
      if (asOf > today) throw new ValidationFailedException([fieldError('asOf', 'FIELD_NOT_AFTER_TODAY', { today })]);
      const request = await this.open(manager, contractId, clauseId, breachId);
      if (asOf < request.dueDate) {
        throw conflict('BREACH_DECIDED_TOO_EARLY', { dueDate: request.dueDate, asOf });
      }
      const [row] = await this.repository.find(manager, contractId, { breachId });
      const penalty = dto.outcome === BreachOutcome.Penalty;
      if (penalty && !penaltyTermsOf(row.clauseType, row.parameters)) {
        throw conflict('BREACH_NO_PENALTY_TERMS', { number: row.clauseNumber });
      }
      const calculation = {
        sv: await this.calculator.calculate(manager, row, asOf, 'sv'),
        en: await this.calculator.calculate(manager, row, asOf, 'en'),
      };
      await this.repository.save(manager, manager.create(BreachDecision, {
        remedyRequestId: request.id, contractId, clauseId, outcome: dto.outcome, asOf, amountSek: penalty ? calculation.sv.amountSek : 0,
        calculation, motivation: dto.motivation ?? null, decidedBy: user.sub, decidedOn: today,
      }));
      return this.changeStatus(manager, user, request, BreachStatus.Decided, 'DECISION');
    });
  }

  withdraw(contractId: string, clauseId: string, breachId: string, dto: WithdrawRemedyRequestDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, { breachId, ...dto }, async (manager) => {
      await this.access.clause(contractId, clauseId, user, Action.HandleBreach, undefined, manager);
      const request = await this.open(manager, contractId, clauseId, breachId);
      Object.assign(request, { withdrawalReason: dto.reason, withdrawnBy: user.sub, withdrawnAt: new Date() });
      return this.changeStatus(manager, user, request, BreachStatus.Withdrawn, 'WITHDRAWAL');
    });
  }

  async followUpList(query: RemedyRequestListQueryDto, user: AuthUser): Promise<Page<RemedyRequestListItemDto>> {
    const manager = this.dataSource.manager;
    const scoped = { ...query, scope: this.policy.scope(user) };
    const rows = await this.repository.followUpPage(manager, scoped);
    const total = rows.length ? Number(rows[0].total) : await this.repository.followUpTotal(manager, scoped);
    const today = todayInStockholm();
    const items = rows.map(({ total: _total, requestedAt, amountSek, outcome, ...r }) => ({
      ...r, clauseNumber: Number(r.clauseNumber), overdue: isOverdue(r.status, r.dueDate, today), requestedAt: requestedAt.toISOString(),
      outcome: outcome as BreachOutcome | null, amountSek: amountSek === null ? null : Number(amountSek),
    }));
    return {
      items: await withReminders(this.notifications, manager, 'remedy_request', items, (r) => r.id),
      total, limit: query.limit, offset: query.offset,
    };
  }

  /** The request, locked, if it is on this contract and clause and still OPEN. */
  private async open(manager: EntityManager, contractId: string, clauseId: string, breachId: string): Promise<RemedyRequest> {
    const request = await this.repository.lock(manager, contractId, clauseId, breachId);
    if (!request) throw notFound('BREACH_NOT_FOUND', { id: breachId });
    if (request.status !== BreachStatus.Open) throw conflict('BREACH_NOT_OPEN', { id: breachId, breachStatus: request.status });
    return request;
  }

  private async changeStatus(manager: EntityManager, user: AuthUser, request: RemedyRequest, status: BreachStatus, action: string): Promise<BreachDto> {
    request.status = status;
    await this.repository.save(manager, request);
    const breach = await this.view(manager, request.contractId, request.id);
    await this.audit.record(manager, user, {
      entityType: 'remedy_request', entityId: request.id, action, before: { status: BreachStatus.Open }, after: breach,
    });
    return breach;
  }

  private async view(manager: EntityManager, contractId: string, breachId: string): Promise<BreachDto> {
    const [breach] = await this.views(manager, await this.repository.find(manager, contractId, { breachId }));
    return breach;
  }

  private async views(manager: EntityManager, rows: BreachRow[], lang: Lang = 'sv'): Promise<BreachDto[]> {
    const plans = await this.repository.plans(manager, rows.map((r) => r.id));
    const today = todayInStockholm();
    return rows.map((row) => toBreachDto(row, plans, today, lang));
  }
}
