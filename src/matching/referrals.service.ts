import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { VacancyAction } from '../access/access-policy';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { ClauseType } from '../clauses/clause.types';
import { todayInStockholm } from '../common/calendar';
import { conflict } from '../common/errors/coded-exception';
import { conflictOnUniqueViolation } from '../common/errors/unique-violation';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { MatchingEvents } from '../notifications/matching-events';
import { refreshClauseOutcomes } from '../reporting/clause-outcomes';
import { IdempotencyContext } from '../reporting/idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from '../reporting/idempotency/idempotency.service';
import { reportPlacement } from '../reporting/placement-report.statement';
import { placementRuleErrors, termsOf } from '../reporting/placement-rules';
import { ReportAccessService } from '../reporting/report-access.service';
import { CreateReferralDto, ListReferralsQueryDto, RecordOutcomeDto, ReferralDto } from './dto/referral.dto';
import { Referral } from './entities/referral.entity';
import { Vacancy } from './entities/vacancy.entity';
import { MatchingRepository } from './matching.repository';
import { ReferralOutcome } from './matching.types';
import { referralDto } from './matching-views';
import { newReferralCode } from './referral-code';
import { outcomeChanges, outcomeFieldErrors, outcomeStepRefusal, overdueIfReferredBefore } from './referral-outcome';
import { referralRefusal, vacancyStatusFor } from './vacancy-rules';
import { VacanciesService } from './vacancies.service';
import './matching.messages';

/** Referrals: the matching unit refers candidates by code; the employer records what came of each. */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: MatchingRepository,
    private readonly vacancies: VacanciesService,
    private readonly reportAccess: ReportAccessService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly config: ConfigService,
    private readonly events: MatchingEvents,
  ) {}

  /** Refers a candidate to an OPEN vacancy before its deadline, under a newly generated code; audited, the supplier told (NEW_REFERRAL). */
  create(vacancyId: string, dto: CreateReferralDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const vacancy = await manager.findOne(Vacancy, { where: { id: vacancyId }, lock: { mode: 'pessimistic_write' } });
      this.access.requireOnVacancy(user, VacancyAction.Refer, vacancy, { code: 'VACANCY_NOT_FOUND', id: vacancyId });
      const today = todayInStockholm();
      const refusal = referralRefusal(vacancy!, today);
      if (refusal) throw conflict(refusal.code, refusal.params);
      if (!vacancy!.targetGroups.includes(dto.targetGroup)) {
        throw new ValidationFailedException([fieldError('targetGroup', 'REFERRAL_GROUP_NOT_IN_VACANCY', { groups: vacancy!.targetGroups.join(', ') })]);
      }
      const id = await this.insertWithNewCode(manager, vacancyId, dto, user, today);
      const after = await this.view(id, manager);
      await this.audit.record(manager, user, { entityType: 'referral', entityId: id, action: 'CREATE', after });
      await this.events.candidateReferred(manager, id);
      return after;
    });
  }

  async listForVacancy(vacancyId: string, user: AuthUser): Promise<ReferralDto[]> {
    this.access.requireOnVacancy(user, VacancyAction.Read, await this.repository.vacancy(vacancyId), { code: 'VACANCY_NOT_FOUND', id: vacancyId });
    const today = todayInStockholm();
    return (await this.repository.referralsOfVacancy(vacancyId)).map((row) => referralDto(row, this.outcomeDays, today));
  }

  async list(query: ListReferralsQueryDto, user: AuthUser): Promise<Page<ReferralDto>> {
    const { limit, offset, overdue, ...filters } = query;
    const today = todayInStockholm();
    const { rows, total } = await this.repository.referrals({
      ...filters,
      scopeSupplierId: this.access.scope(user).supplierId,
      overdue: overdue === undefined ? undefined : { before: overdueIfReferredBefore(today, this.outcomeDays), is: overdue },
    }, limit, offset);
    return { items: rows.map((row) => referralDto(row, this.outcomeDays, today)), total, limit, offset };
  }

  async get(id: string, user: AuthUser): Promise<ReferralDto> {
    const row = this.access.requireOnVacancy(user, VacancyAction.Read, await this.repository.referral(id), { code: 'REFERRAL_NOT_FOUND', id });
    return referralDto(row, this.outcomeDays, todayInStockholm());
  }

  /**
   * The employer records the next step. A hire on a vacancy tied to a clause becomes, in the same
   * transaction, that clause's placement report through the supplier's own checks and statement,
   * its target group attested; the clause's outcome is refreshed and the vacancy FILLED once every
   * position is hired.
   */
  recordOutcome(id: string, dto: RecordOutcomeDto, user: AuthUser): Promise<ReferralDto> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.findOne(Referral, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const vacancy = referral ? await manager.findOne(Vacancy, { where: { id: referral.vacancyId }, lock: { mode: 'pessimistic_write' } }) : null;
      this.access.requireOnVacancy(user, VacancyAction.Employ, vacancy, { code: 'REFERRAL_NOT_FOUND', id });
      const refusal = outcomeStepRefusal(referral!.outcome, dto.outcome);
      if (refusal) throw conflict(refusal.code, refusal.params);
      const today = todayInStockholm();
      const errors = outcomeFieldErrors(dto, referral!.referredOn, today);
      if (errors.length) throw new ValidationFailedException(errors);
      const before = await this.view(id, manager);
      const changes = outcomeChanges(dto, referral!.offeredOn);
      await manager.update(Referral, { id }, { ...changes, outcomeBy: user.sub, outcomeAt: new Date() });
      if (dto.outcome === ReferralOutcome.Hired) await this.hire(manager, vacancy!, { ...referral!, ...changes }, user, today);
      const after = await this.view(id, manager);
      await this.audit.record(manager, user, { entityType: 'referral', entityId: id, action: 'OUTCOME', before, after });
      return after;
    });
  }

  /** The hire's placement report on the vacancy's clause, if tied to one, and the vacancy's new status. */
  private async hire(manager: EntityManager, vacancy: Vacancy, hired: Referral, user: AuthUser, today: string): Promise<void> {
    if (vacancy.contractId && vacancy.clauseId) {
      const on = await this.reportAccess.reportableClause(vacancy.contractId, vacancy.clauseId, user, ClauseType.Placements, manager);
      const placement = {
        reference: hired.code, kind: vacancy.kind, offeredDate: hired.offeredOn!, filled: true, startDate: hired.hiredStartDate,
        endDate: hired.hiredEndDate, workingTimePercent: hired.hiredWorkingTimePercent!, targetGroup: hired.targetGroup,
        gender: hired.gender, ageBand: hired.ageBand, establishmentProgramme: hired.establishmentProgramme,
      };
      const errors = placementRuleErrors(placement, termsOf(on));
      if (errors.length) throw new ValidationFailedException(errors);
      // A second placement of one referral (a hire racing this one) is refused by placement_referral_unique.
      const stored = await conflictOnUniqueViolation('placement_referral_unique', { code: 'REFERRAL_ALREADY_HIRED', params: { code: hired.code } },
        () => reportPlacement(manager, on, vacancy.contractId!, vacancy.clauseId!, placement, user, hired.id));
      if (!stored) throw conflict('PLACEMENT_REFERENCE_TAKEN', { reference: hired.code });
      await refreshClauseOutcomes(manager, vacancy.contractId, today, vacancy.clauseId);
    }
    const status = vacancyStatusFor(vacancy.status, vacancy.positions, await this.repository.hires(vacancy.id, manager));
    if (status === vacancy.status) return;
    const before = await this.vacancies.view(vacancy.id, manager);
    await manager.update(Vacancy, { id: vacancy.id }, { status, statusChangedOn: today, updatedAt: new Date() });
    const after = await this.vacancies.view(vacancy.id, manager);
    await this.audit.record(manager, user, { entityType: 'vacancy', entityId: vacancy.id, action: 'STATUS_CHANGE', before, after });
  }

  /** Inserts the referral under a fresh code, drawing again in the unlikely case the code is taken. */
  private async insertWithNewCode(manager: EntityManager, vacancyId: string, dto: CreateReferralDto, user: AuthUser, today: string): Promise<string> {
    for (;;) {
      const id = await this.repository.insertReferral(manager, vacancyId, newReferralCode(), dto, today, user.sub);
      if (id) return id;
    }
  }

  private get outcomeDays(): number {
    return this.config.getOrThrow<number>('referralOutcomeDays');
  }

  private async view(id: string, manager: EntityManager): Promise<ReferralDto> {
    return referralDto((await this.repository.referral(id, manager))!, this.outcomeDays, todayInStockholm());
  }
}
