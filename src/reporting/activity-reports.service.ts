import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AuthUser } from '../auth/role';
import { ClauseType, IntegrationInitiativeParameters } from '../clauses/clause.types';
import { FieldError } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { CreateDialogueMeetingDto, CreateInitiativeProgressDto, DialogueMeetingDto, InitiativeProgressDto, UpdateDialogueMeetingDto, UpdateInitiativeProgressDto } from './dto/activity-report.dto';
import { answered } from './answered';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { IdempotencyContext } from './idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from './idempotency/idempotency.service';
import { ClauseOnContract, ReportAccessService } from './report-access.service';
import { correctionRefusal } from './report-lifecycle';
import { ProgressStatus } from './reporting.types';
import { refreshClauseOutcomes } from './clause-outcomes';
import { todayInStockholm } from '../common/calendar';
import { conflict, notFound } from '../common/errors/coded-exception';
import { fieldError } from '../common/errors/validation-errors';
import './report-errors.messages';

/** Dialogue meetings and initiative progress: the reports of the two non-numerical clause types. */
@Injectable()
export class ActivityReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  createMeeting(contractId: string, clauseId: string, dto: CreateDialogueMeetingDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const { contract } = await this.access.clause(contractId, clauseId, user, Action.Report, ClauseType.Dialogue, manager);
      const meeting = await manager.save(manager.create(DialogueMeeting, { ...dto, supplierId: contract.supplierId, contractId, clauseId, createdBy: user.sub }));
      const saved = DialogueMeetingDto.from(meeting);
      await this.audit.record(manager, user, { entityType: 'dialogue_meeting', entityId: saved.id, action: 'CREATE', after: saved });
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), clauseId);
      return saved;
    });
  }

  createProgress(contractId: string, clauseId: string, dto: CreateInitiativeProgressDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const on = await this.access.clause(contractId, clauseId, user, Action.Report, ClauseType.IntegrationInitiative, manager);
      assertProgress(dto, on);
      const progress = await manager.save(manager.create(InitiativeProgress, {
        ...dto, supplierId: on.contract.supplierId, contractId, clauseId, createdBy: user.sub,
      }));
      const saved = InitiativeProgressDto.from(progress);
      await this.audit.record(manager, user, { entityType: 'initiative_progress', entityId: saved.id, action: 'CREATE', after: saved });
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), clauseId);
      return saved;
    });
  }

  async listMeetings(contractId: string, clauseId: string, user: AuthUser): Promise<DialogueMeetingDto[]> {
    await this.access.clause(contractId, clauseId, user, Action.Read, ClauseType.Dialogue);
    const rows = await this.dataSource.manager.find(DialogueMeeting, { where: { contractId, clauseId }, order: { heldOn: 'ASC' } });
    return rows.map(DialogueMeetingDto.from);
  }

  async listProgress(contractId: string, clauseId: string, user: AuthUser): Promise<InitiativeProgressDto[]> {
    await this.access.clause(contractId, clauseId, user, Action.Read, ClauseType.IntegrationInitiative);
    const rows = await this.dataSource.manager.find(InitiativeProgress, { where: { contractId, clauseId }, order: { reportedOn: 'ASC', createdAt: 'ASC' } });
    return rows.map(InitiativeProgressDto.from);
  }

  updateMeeting(contractId: string, clauseId: string, id: string, dto: UpdateDialogueMeetingDto, user: AuthUser): Promise<DialogueMeetingDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.clause(contractId, clauseId, user, Action.Report, ClauseType.Dialogue, manager);
      const meeting = await lockedReport(manager, DialogueMeeting, id, contractId, clauseId);
      const before = DialogueMeetingDto.from(meeting);
      const after = DialogueMeetingDto.from(await manager.save(answered(Object.assign(meeting, dto))));
      await this.audit.record(manager, user, { entityType: 'dialogue_meeting', entityId: id, action: 'UPDATE', before, after });
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), clauseId);
      return after;
    });
  }

  updateProgress(contractId: string, clauseId: string, id: string, dto: UpdateInitiativeProgressDto, user: AuthUser): Promise<InitiativeProgressDto> {
    return this.dataSource.transaction(async (manager) => {
      const on = await this.access.clause(contractId, clauseId, user, Action.Report, ClauseType.IntegrationInitiative, manager);
      const progress = await lockedReport(manager, InitiativeProgress, id, contractId, clauseId);
      const before = InitiativeProgressDto.from(progress);
      Object.assign(progress, dto);
      assertProgress(progress, on);
      const after = InitiativeProgressDto.from(await manager.save(answered(progress)));
      await this.audit.record(manager, user, { entityType: 'initiative_progress', entityId: id, action: 'UPDATE', before, after });
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), clauseId);
      return after;
    });
  }
}

/** The report to correct, locked; 409 once it is accepted or taken back (see correctionRefusal). */
async function lockedReport<T extends DialogueMeeting | InitiativeProgress>(
  manager: EntityManager, entity: new () => T, id: string, contractId: string, clauseId: string,
): Promise<T> {
  const report = await manager.findOne(entity as never, { where: { id, contractId, clauseId }, lock: { mode: 'pessimistic_write' } });
  if (!report) throw notFound('REPORT_NOT_FOUND', { id });
  const refusal = correctionRefusal(report as T);
  if (refusal) throw conflict(refusal.code, refusal.params);
  return report as T;
}

function assertProgress(p: { milestoneTitle: string; progressStatus: ProgressStatus; completedOn?: string | null }, on: ClauseOnContract): void {
  const titles = (on.version.parameters as IntegrationInitiativeParameters).milestones.map((m) => m.title);
  const errors: FieldError[] = [];
  if (!titles.includes(p.milestoneTitle)) {
    errors.push(fieldError('milestoneTitle', 'MILESTONE_UNKNOWN', { titles: titles.join(', ') }));
  }
  const completed = p.progressStatus === ProgressStatus.Completed;
  if (completed !== Boolean(p.completedOn)) {
    errors.push(fieldError('completedOn', completed ? 'COMPLETED_ON_REQUIRED' : 'COMPLETED_ON_ONLY_WHEN_COMPLETED'));
  }
  if (errors.length) throw new ValidationFailedException(errors);
}
