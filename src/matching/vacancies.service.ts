import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { VacancyAction } from '../access/access-policy';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { todayInStockholm } from '../common/calendar';
import { conflict } from '../common/errors/coded-exception';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { MatchingEvents } from '../notifications/matching-events';
import { PactMember } from '../pact-members/entities/pact-member.entity';
import { IdempotencyContext } from '../reporting/idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from '../reporting/idempotency/idempotency.service';
import { CreateVacancyDto, ListVacanciesQueryDto, UpdateVacancyDto, VacancyDto } from './dto/vacancy.dto';
import { Vacancy } from './entities/vacancy.entity';
import { MatchingRepository } from './matching.repository';
import { VacancyStatus } from './matching.types';
import { vacancyDto } from './matching-views';
import { clauseTieErrors, employerErrors, vacancyDateErrors, VacancyTerms, vacancyStatusFor } from './vacancy-rules';
import './matching.messages';

/** Vacancies: their employer posts, changes and closes them; the matching unit and the city read them. */
@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: MatchingRepository,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly events: MatchingEvents,
  ) {}

  /**
   * Posts a vacancy for the user's supplier or, by city staff, for a pact member; audited, and the
   * matchers told (NEW_VACANCY), in one transaction.
   */
  create(dto: CreateVacancyDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const supplierId = dto.pactMemberId ? null : this.access.scope(user).supplierId;
      const today = todayInStockholm();
      const errors = [...employerErrors(user.role, dto), ...vacancyDateErrors(dto, today)];
      if (errors.length) throw new ValidationFailedException(errors);
      if (dto.pactMemberId && !(await manager.existsBy(PactMember, { id: dto.pactMemberId }))) {
        throw new ValidationFailedException([fieldError('pactMemberId', 'VACANCY_PACT_MEMBER_UNKNOWN')]);
      }
      if (dto.pactMemberId && !(await this.repository.isJobPartner(dto.pactMemberId, today, manager))) {
        throw new ValidationFailedException([fieldError('pactMemberId', 'VACANCY_PACT_MEMBER_NOT_JOB_PARTNER')]);
      }
      if (supplierId && dto.contractId && dto.clauseId) await this.checkClauseTie(manager, dto, dto.contractId, dto.clauseId, supplierId, today);
      const vacancy = await manager.save(manager.create(Vacancy, {
        supplierId, pactMemberId: dto.pactMemberId ?? null, contractId: dto.contractId ?? null, clauseId: dto.clauseId ?? null,
        title: dto.title, kind: dto.kind, positions: dto.positions, workingTimePercent: dto.workingTimePercent,
        lengthMonths: dto.lengthMonths ?? null, startDate: dto.startDate, district: dto.district, requirements: dto.requirements ?? '',
        targetGroups: dto.targetGroups, referralDeadline: dto.referralDeadline, createdBy: user.sub, createdOn: today,
      }));
      const after = await this.view(vacancy.id, manager);
      await this.audit.record(manager, user, { entityType: 'vacancy', entityId: vacancy.id, action: 'CREATE', after });
      await this.events.vacancyPosted(manager, vacancy.id);
      return after;
    });
  }

  async list(query: ListVacanciesQueryDto, user: AuthUser): Promise<Page<VacancyDto>> {
    const { limit, offset, ...filters } = query;
    const { rows, total } = await this.repository.vacancies({ ...filters, scopeSupplierId: this.access.scope(user).supplierId }, limit, offset);
    return { items: rows.map(vacancyDto), total, limit, offset };
  }

  async get(id: string, user: AuthUser): Promise<VacancyDto> {
    const row = this.access.requireOnVacancy(user, VacancyAction.Read, await this.repository.vacancy(id), { code: 'VACANCY_NOT_FOUND', id });
    return vacancyDto(row);
  }

  /** Changes an OPEN vacancy; a vacancy tied to a clause must still fit it, and keep at least the positions hired. */
  update(id: string, dto: UpdateVacancyDto, user: AuthUser): Promise<VacancyDto> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockedForEmployer(manager, id, user);
      if (vacancy.status !== VacancyStatus.Open) throw conflict('VACANCY_NOT_OPEN', { status: vacancy.status });
      const before = await this.view(id, manager);
      const changed = { ...vacancy, ...dto };
      const today = todayInStockholm();
      const errors = dto.referralDeadline || dto.startDate ? vacancyDateErrors(changed, today) : [];
      if (dto.positions !== undefined && dto.positions < before.referrals.hired) {
        errors.push(fieldError('positions', 'VACANCY_POSITIONS_BELOW_HIRES', { hires: before.referrals.hired }));
      }
      if (errors.length) throw new ValidationFailedException(errors);
      if (vacancy.supplierId && vacancy.contractId && vacancy.clauseId && (dto.kind || dto.targetGroups)) {
        await this.checkClauseTie(manager, changed, vacancy.contractId, vacancy.clauseId, vacancy.supplierId, today);
      }
      const status = vacancyStatusFor(vacancy.status, changed.positions, before.referrals.hired);
      await manager.update(Vacancy, { id }, {
        ...dto, status, statusChangedOn: status === vacancy.status ? vacancy.statusChangedOn : today, updatedAt: new Date(),
      });
      const after = await this.view(id, manager);
      await this.audit.record(manager, user, { entityType: 'vacancy', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** The employer closes the vacancy: no more referrals; referrals already made keep their outcomes. */
  close(id: string, user: AuthUser): Promise<VacancyDto> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.lockedForEmployer(manager, id, user);
      if (vacancy.status === VacancyStatus.Closed) throw conflict('VACANCY_NOT_OPEN', { status: vacancy.status });
      const before = await this.view(id, manager);
      await manager.update(Vacancy, { id }, { status: VacancyStatus.Closed, statusChangedOn: todayInStockholm(), updatedAt: new Date() });
      const after = await this.view(id, manager);
      await this.audit.record(manager, user, { entityType: 'vacancy', entityId: id, action: 'STATUS_CHANGE', before, after });
      return after;
    });
  }

  /** The vacancy locked for a change by its employer (404 when hidden from the user, 403 when not the user's to change). */
  async lockedForEmployer(manager: EntityManager, id: string, user: AuthUser): Promise<Vacancy> {
    const vacancy = await manager.findOne(Vacancy, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return this.access.requireOnVacancy(user, VacancyAction.Employ, vacancy, { code: 'VACANCY_NOT_FOUND', id });
  }

  async view(id: string, manager: EntityManager): Promise<VacancyDto> {
    return vacancyDto((await this.repository.vacancy(id, manager))!);
  }

  private async checkClauseTie(manager: EntityManager, terms: VacancyTerms, contractId: string, clauseId: string, supplierId: string, today: string): Promise<void> {
    const errors = clauseTieErrors(terms, await this.repository.clauseTie(contractId, clauseId, manager), supplierId, today);
    if (errors.length) throw new ValidationFailedException(errors);
  }
}
